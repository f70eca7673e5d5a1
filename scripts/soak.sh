#!/usr/bin/env bash
# Soak (issue 12, SPEC §9): the packaged server on the embedded default, with the machine's Redis as its second
# cache level under a namespace of its own, under a mixed load for a given time, while reservations are written to
# its database and the cache is flushed now and then, so hits, misses and evictions all happen all along.
#
#   scripts/soak.sh [SECONDS]      # default 600 (the documented run); .ci/run runs 60
#
# Environment: CONNECTIONS (16), WINDOW (seconds per report line, 10), JAVA_OPTS (the server JVM's options; default
# the documented ones, mn.jvmArgs of pom.xml: docs/decisions/0021-jvm-options.md), SOAK_REDIS (redis://127.0.0.1:6379/0; empty: Caffeine alone), SOAK_JAR (the
# packaged bff-app jar; built with `mvn -pl bff-app -am package -DskipTests` when absent).
# Prints one line per window: requests/s, p50, p99, 5xx, other non-2xx, socket errors, resident memory; and at the
# start and the end: heap used after a full GC and resident memory. Exits 1 on any 5xx, non-2xx answer, socket
# error or failed write, or when the server dies; only loopback is ever targeted.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TOTAL="${1:-600}"
CONNECTIONS="${CONNECTIONS:-16}"
WINDOW="${WINDOW:-10}"
JAVA_OPTS="${JAVA_OPTS-$(sed -n 's:.*<mn.jvmArgs>\(.*\)</mn.jvmArgs>.*:\1:p' pom.xml)}"
SOAK_REDIS="${SOAK_REDIS-redis://127.0.0.1:6379/0}"
WORK="$(mktemp -d -t bff-soak.XXXXXX)"
SERVER_LOG="$WORK/server.log"
SERVER_PGID=""
WRITER_PID=""
BANNER_START='==== Padel BFF: embedded default ready'

say() { echo "soak: $*"; }
fail() {
  echo "soak: FAILED: $*" >&2
  [[ -s "$SERVER_LOG" ]] && { echo "soak: last lines of the server's output:" >&2; tail -n 30 "$SERVER_LOG" | cut -c1-300 >&2; }
  exit 1
}
stop_all() {
  [[ -n "$WRITER_PID" ]] && kill "$WRITER_PID" 2>/dev/null || true
  if [[ -n "$SERVER_PGID" ]] && kill -0 -- "-$SERVER_PGID" 2>/dev/null; then
    kill -TERM -- "-$SERVER_PGID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$SERVER_PGID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$SERVER_PGID" 2>/dev/null || true
  fi
  SERVER_PGID=""
}
trap 'stop_all; rm -rf "$WORK"' EXIT

[[ "$SECONDS_TOTAL" =~ ^[0-9]+$ ]] && (( SECONDS_TOTAL >= WINDOW )) || fail "SECONDS must be a whole number >= WINDOW ($WINDOW)"
if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian's packages"
  apt-get install -y wrk >/dev/null 2>&1 || fail "wrk is missing and could not be installed (apt-get install wrk)"
fi
for tool in curl jq psql jcmd; do command -v "$tool" >/dev/null || fail "$tool is needed"; done

JAR="${SOAK_JAR:-$(ls bff-app/target/bff-app-*.jar 2>/dev/null | grep -v -e original- -e -tests | head -n 1 || true)}"
if [[ -z "$JAR" || ! -f "$JAR" ]]; then
  say "packaging the server (mvn -B -q -pl bff-app -am package -DskipTests)"
  mvn -B -q -pl bff-app -am package -DskipTests
  JAR="$(ls bff-app/target/bff-app-*.jar | grep -v -e original- -e -tests | head -n 1)"
fi

port_is_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for candidate in $(seq 18200 18300); do port_is_open "$candidate" || { PORT="$candidate"; break; }; done
[[ -n "$PORT" ]] || fail "no free port between 18200 and 18300"
URL="http://127.0.0.1:$PORT"

for variable in $(compgen -e | grep '^BFF_' || true); do unset "$variable"; done
export BFF_PORT="$PORT"
if [[ -n "$SOAK_REDIS" ]]; then
  export BFF_REDIS_URI="$SOAK_REDIS" BFF_CACHE_REDIS_NAMESPACE="soak-$$-$RANDOM:"
fi
say "starting $JAR on $URL (embedded default${SOAK_REDIS:+, Redis $SOAK_REDIS namespace $BFF_CACHE_REDIS_NAMESPACE}; JAVA_OPTS='$JAVA_OPTS')"
# shellcheck disable=SC2086
setsid bash -c 'echo $$ > "$0"; exec java '"$JAVA_OPTS"' -jar "$1"' "$WORK/server.pid" "$JAR" >"$SERVER_LOG" 2>&1 </dev/null &
SERVER_PGID=$!
deadline=$(( $(date +%s) + 180 ))
until grep -q "^$BANNER_START" "$SERVER_LOG" && grep -q '^Stop with Ctrl-C' "$SERVER_LOG"; do
  kill -0 -- "-$SERVER_PGID" 2>/dev/null || fail "the server ended before it was ready"
  (( $(date +%s) < deadline )) || fail "not ready within 180 s"
  sleep 1
done
JAVA_PID="$(cat "$WORK/server.pid")"

banner_value() { grep -m1 "$1" "$SERVER_LOG" | awk '{print $NF}'; }
STAFF="$(banner_value 'staff user')"; OWNER="$(banner_value 'club owner user')"
ADMIN="$(banner_value 'org admin user')"; MEMBER="$(banner_value 'club member user')"
CLUB="$(grep -m1 -o 'demo club [0-9a-f-]*' "$SERVER_LOG" | awk '{print $3}')"
TODAY="$(grep -m1 -o 'loaded for today [0-9-]*' "$SERVER_LOG" | awk '{print $4}')"
DB_PORT="$(grep -m1 -o 'jdbc:postgresql://localhost:[0-9]*' "$SERVER_LOG" | awk -F: '{print $NF}')"
for value in STAFF OWNER ADMIN MEMBER CLUB TODAY DB_PORT; do [[ -n "${!value}" ]] || fail "no $value in the banner"; done
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)
"${PSQL[@]}" -c 'SELECT 1' >/dev/null || fail "cannot reach the embedded database on port $DB_PORT"

# the mixed load: every read of the three endpoints and the legacy calls, several callers, several days and periods
REQUESTS="$WORK/requests.txt"
{
  for period in week month quarter; do echo "GET $OWNER /api/bff/bi/analytics/club/?club=$CLUB&period=$period"; done
  echo "POST $OWNER /api/bff/bi/analytics/club/ {\"club\":\"$CLUB\",\"period\":\"week\",\"compare_previous\":false}"
  for token in "$STAFF" "$OWNER" "$ADMIN" "$MEMBER"; do echo "GET $token /api/bff/auth/context/"; done
  for offset in 0 1 2 3 4 5 6; do
    echo "GET $MEMBER /api/bff/bi/availability/bulk/?club=$CLUB&date=$(date -d "$TODAY + $offset day" +%F)"
  done
  echo "GET $MEMBER /api/auth/user/"
  echo "GET $MEMBER /api/clubs/user-clubs/"
  echo "GET $MEMBER /api/auth/permissions/"
  echo "GET $ADMIN /api/root/organization/"
} >"$REQUESTS"
cat >"$WORK/mixed.lua" <<'LUA'
local requests = {}
local next_index = 0
local threads = {}
fivexx, non2xx = 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("SOAK_REQUESTS")) do
    local method, token, path, body = line:match("^(%S+) (%S+) (%S+) ?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token }
    if method == "POST" then headers["Content-Type"] = "application/json" else body = nil end
    table.insert(requests, wrk.format(method, path, headers, body))
  end
  next_index = math.random(#requests)
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  if status >= 500 then fivexx = fivexx + 1 elseif status >= 300 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests_done)
  local total_5xx, total_non2xx = 0, 0
  for _, thread in ipairs(threads) do
    total_5xx = total_5xx + thread:get("fivexx")
    total_non2xx = total_non2xx + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.1f %.1f %d %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total_5xx, total_non2xx, e.connect + e.read + e.write + e.timeout))
end
LUA
export SOAK_REQUESTS="$REQUESTS"

# the writer: a reservation every 2 s on a court of the demo club in the next week, every third one cancelled again;
# a staff flush of every cached answer every 30 s
COURTS="$("${PSQL[@]}" -c "SELECT id FROM clubs_court WHERE club_id = '$CLUB' AND is_active ORDER BY id")"
ORGANIZATION="$("${PSQL[@]}" -c "SELECT organization_id FROM clubs_club WHERE id = '$CLUB'")"
mapfile -t COURT_IDS <<<"$COURTS"
(( ${#COURT_IDS[@]} > 0 )) || fail "the demo club has no court"
writer() {
  local round=0 court hour day
  while true; do
    round=$(( round + 1 ))
    court="${COURT_IDS[$(( RANDOM % ${#COURT_IDS[@]} ))]}"
    hour=$(( 8 + RANDOM % 13 )); day="$(date -d "$TODAY + $(( RANDOM % 7 )) day" +%F)"
    if ! "${PSQL[@]}" -c "INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time,
          end_time, status, player_name) VALUES ('$ORGANIZATION', '$CLUB', '$court', '$day', '$hour:00', '$hour:59',
          'confirmed', 'soak $round')" >/dev/null; then
      echo "write failed" >>"$WORK/writer-failures"
    fi
    if (( round % 3 == 0 )) && ! "${PSQL[@]}" -c "UPDATE reservations_reservation SET status = 'cancelled',
          updated_at = now() WHERE player_name = 'soak $(( round - 1 ))'" >/dev/null; then
      echo "cancel failed" >>"$WORK/writer-failures"
    fi
    if (( round % 15 == 0 )) && [[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $STAFF" \
          -H 'Content-Type: application/json' -d '{"type":"all"}' "$URL/api/management/bff/cache/flush/")" != 200 ]]; then
      echo "flush failed" >>"$WORK/writer-failures"
    fi
    sleep 2
  done
}

resident_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$JAVA_PID/status"; }
heap_after_gc_mib() {
  jcmd "$JAVA_PID" GC.run >/dev/null
  # the heap's generations (serial: new + tenured; G1: one line), not metaspace
  jcmd "$JAVA_PID" GC.heap_info | awk '/generation|garbage-first heap|PSYoungGen|ParOldGen/ && match($0, /used [0-9]+K/) {
      used += substr($0, RSTART + 5, RLENGTH - 6) } END { printf "%.0f", used / 1024 }'
}

START_HEAP="$(heap_after_gc_mib)"; START_RSS="$(resident_mib)"
say "ready: club $CLUB, date $TODAY, embedded PostgreSQL on $DB_PORT; heap after GC ${START_HEAP} MiB, resident ${START_RSS} MiB"
say "${SECONDS_TOTAL} s of mixed load ($(wc -l <"$REQUESTS") requests in rotation, $CONNECTIONS connections), a write every 2 s, a flush every 30 s"
touch "$WORK/writer-failures"
writer & WRITER_PID=$!

printf 'soak: %6s %9s %9s %9s %6s %8s %7s %9s\n' "t (s)" "req/s" "p50 ms" "p99 ms" "5xx" "non-2xx" "errors" "RSS MiB"
windows=$(( SECONDS_TOTAL / WINDOW )); total_requests=0; total_5xx=0; total_non2xx=0; total_errors=0; worst_p99=0
for window in $(seq 1 "$windows"); do
  result="$(wrk -t2 -c"$CONNECTIONS" -d"${WINDOW}s" --timeout 10s -s "$WORK/mixed.lua" "$URL" | grep '^RESULT')" \
    || fail "wrk reported nothing in window $window"
  read -r _ requests rps p50 p99 fivexx non2xx errors <<<"$result"
  kill -0 "$JAVA_PID" 2>/dev/null || fail "the server died during window $window"
  printf 'soak: %6d %9s %9s %9s %6d %8d %7d %9s\n' $(( window * WINDOW )) "$rps" "$p50" "$p99" "$fivexx" "$non2xx" "$errors" "$(resident_mib)"
  total_requests=$(( total_requests + requests )); total_5xx=$(( total_5xx + fivexx ))
  total_non2xx=$(( total_non2xx + non2xx )); total_errors=$(( total_errors + errors ))
  worst_p99="$(awk -v a="$worst_p99" -v b="$p99" 'BEGIN { print (b > a ? b : a) }')"
done
kill "$WRITER_PID" 2>/dev/null || true; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=""

END_HEAP="$(heap_after_gc_mib)"; END_RSS="$(resident_mib)"
writes="$("${PSQL[@]}" -c "SELECT count(*) FROM reservations_reservation WHERE player_name LIKE 'soak %'")"
write_failures="$(wc -l <"$WORK/writer-failures")"
say "requests $total_requests, 5xx $total_5xx, other non-2xx $total_non2xx, socket errors $total_errors, worst window p99 ${worst_p99} ms"
say "reservations written $writes, failed writes/flushes $write_failures"
say "heap after GC: start ${START_HEAP} MiB, end ${END_HEAP} MiB; resident: start ${START_RSS} MiB, end ${END_RSS} MiB"
(( total_5xx == 0 && total_non2xx == 0 && total_errors == 0 && write_failures == 0 )) \
  || fail "errors under load (see the lines above)"
say "PASSED"
