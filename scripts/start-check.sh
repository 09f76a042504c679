#!/usr/bin/env bash
# The README's start command, exactly as written (`./mvnw spring-boot:run`), on this checkout: it must build,
# start the embedded Neo4j, load the seed corpus and answer health UP, with the workbench and Neo4j Browser served and documents
# in the graph. A fresh data folder and free ports (PORT=0, Bolt port 0), so a service already running on this
# machine is neither disturbed nor mistaken for this one. Bounded in time; stops what it started.
# .ci/run calls it on CI's fresh clone, before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

limit="${START_CHECK_SECONDS:-420}"
work="$(mktemp -d)"
log="$work/spring-boot-run.log"
pid=""

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    # Maven passes SIGTERM on to the application it forked, which shuts down cleanly
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

fail() {
  echo "start-check: FAILED: $*" >&2
  echo "start-check: last lines of ./mvnw spring-boot:run:" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

: >"$log"   # exists before the first look at it, whenever the background job gets to open it
started=$(date +%s)
# own process group (setsid), so that a last-resort kill reaches Maven and the application alike
PORT=0 POLICYGRAPH_BOLT_PORT=0 POLICYGRAPH_DATA_DIR="$work/neo4j" \
  setsid ./mvnw spring-boot:run >"$log" 2>&1 </dev/null &
pid=$!

port=""
health=""
while :; do
  elapsed=$(( $(date +%s) - started ))
  [ "$elapsed" -lt "$limit" ] || fail "no health UP within $limit s"
  kill -0 "$pid" 2>/dev/null || fail "./mvnw spring-boot:run ended before health UP"
  if [ -z "$port" ]; then
    port="$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)"
  fi
  if [ -n "$port" ]; then
    # readiness is UP only once schema, reference data and the seed corpus are loaded (ADR 0015)
    health="$(curl -s --max-time 5 "http://127.0.0.1:$port/actuator/health/readiness" || true)"
    case "$health" in
      '{"status":"UP"'* | *'"status":"UP"}') break ;;
    esac
  fi
  sleep 2
done
echo "start-check: health UP on port $port after $(( $(date +%s) - started )) s (build included)"

jdk="$(sed -n 's/.*Starting PolicyGraphApplication using Java \([^ ]*\).*/\1/p' "$log" | head -n 1)"
[ -n "$jdk" ] || fail "the application's log names no Java version"
[ "${jdk%%.*}" -ge 21 ] || fail "the application ran on Java $jdk, not on a JDK 21+"
path_java="$(command -v java >/dev/null 2>&1 && java -version 2>&1 | head -n 1 || echo none)"
echo "start-check: the application ran on Java $jdk (java on PATH: $path_java; JAVA_HOME: ${JAVA_HOME:-unset})"

browser="$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/browser/")"
[ "$browser" = 200 ] || fail "Neo4j Browser at /browser/ answered $browser"
workbench="$(curl -s --max-time 10 -H 'Accept: text/html' "http://127.0.0.1:$port/")"
grep -q '/workbench/js/app.js' <<<"$workbench" || fail "the workbench page is not served at /"
stats="$(curl -s --max-time 10 "http://127.0.0.1:$port/api/stats")"
documents="$(printf '%s' "$stats" | sed -n 's/.*"Document":\([0-9][0-9]*\).*/\1/p')"
[ -n "$documents" ] && [ "$documents" -gt 0 ] || fail "no seeded documents in /api/stats: $stats"
echo "start-check: workbench served at /, Neo4j Browser at /browser/; $documents documents seeded"
echo "start-check: passed"
