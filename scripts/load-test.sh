#!/usr/bin/env bash
# Sustained mixed read traffic against a running PolicyGraph, with the service's heap after a full GC
# measured before, every two minutes during, and after the run.
#
#   java -jar target/policygraph.jar &          # the service, seed corpus loaded
#   scripts/load-test.sh [RATE] [SECONDS]        # default 500 requests/s for 600 s
#
# The load comes from wrk (Debian package wrk) replaying the request mix of `policygraph.jar load` at a
# fixed rate (scripts/load-mix.lua): wrk costs little CPU, so on a 2-core machine the service gets the
# cores. Without wrk, or with LOAD_TOOL=java, the Java load generator in the jar is used instead (it also
# prints a table per endpoint, but competes with the service for CPU).
# URL, BOLT and PID (of the service) can be set in the environment. Exits non-zero if any request failed.
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-500}"
seconds="${2:-600}"
url="${URL:-http://127.0.0.1:8080}"
bolt="${BOLT:-bolt://127.0.0.1:7687}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
pid="${PID:-$(pgrep -of 'java.*policygraph\.jar' || true)}"
if [ -z "$pid" ]; then
  echo "load-test: no running policygraph.jar found; start the service or set PID" >&2
  exit 2
fi

heap_after_gc() {
  "$jcmd_bin" "$pid" GC.run >/dev/null
  "$jcmd_bin" "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'
}

echo "load-test: service pid $pid; heap used after full GC before the run: $(heap_after_gc)"
(
  elapsed=0
  while sleep 120; do
    elapsed=$((elapsed + 120))
    [ "$elapsed" -ge "$seconds" ] && break
    echo "load-test: heap used after full GC at ${elapsed} s: $(heap_after_gc)"
  done
) &
sampler=$!
status=0
if command -v wrk >/dev/null && [ "${LOAD_TOOL:-wrk}" = wrk ]; then
  paths="$(mktemp)"
  report="$(mktemp)"
  trap 'rm -f "$paths" "$report"' EXIT
  "$java_bin" -jar target/policygraph.jar load --bolt "$bolt" --paths "$paths" --count 20000
  echo "load-test: wrk, 2 threads, 32 connections, $rate requests/s for $seconds s"
  wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s scripts/load-mix.lua "$url" -- "$paths" "$rate" 2 | tee "$report"
  errors="$(sed -n 's/^wrk: .* errors \([0-9]*\) .*/\1/p' "$report")"
  [ "${errors:-1}" = 0 ] || status=1
else
  "$java_bin" -jar target/policygraph.jar load --url "$url" --bolt "$bolt" --rate "$rate" --seconds "$seconds" || status=$?
fi
kill "$sampler" 2>/dev/null || true
echo "load-test: heap used after full GC after the run: $(heap_after_gc)"
exit "$status"
