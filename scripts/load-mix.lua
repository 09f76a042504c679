-- wrk script for scripts/load-test.sh: replays the request paths written by
-- `policygraph.jar load --paths FILE` at a fixed total rate.
--   wrk -t2 -c32 -d600s --timeout 10s -s scripts/load-mix.lua URL -- PATHS_FILE RATE
-- Each wrk thread keeps its own schedule (RATE / threads requests per second): every request takes the
-- next slot and waits for it, so the rate holds whatever the answers take (a slow server shows as
-- latency, not as a lower rate), as long as there are enough connections.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } pg_timeval;
  int gettimeofday(pg_timeval *tv, void *tz);
]]
local tv = ffi.new("pg_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local paths = {}
local next_path, interval, next_due

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  if #paths == 0 then
    error("no request paths in " .. tostring(args[1]))
  end
  local threads_total = tonumber(args[3] or "2")
  interval = 1000 / (tonumber(args[2]) / threads_total)
  next_path = (thread_index or 0) * 7919 % #paths
  next_due = now_ms()
end

function delay()
  next_due = next_due + interval
  local wait = next_due - now_ms()
  if wait < 0 then
    return 0
  end
  return wait
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("wrk: %d requests in %.0f s = %.1f requests/s; errors %d (connect %d, read %d, write %d, "
    .. "status %d, timeout %d)\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    errors, e.connect, e.read, e.write, e.status, e.timeout))
  io.write(string.format("wrk: latency ms p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
