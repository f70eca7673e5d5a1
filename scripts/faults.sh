#!/usr/bin/env bash
# Faults under load against the packaged server (issue 12, SPEC §9), loopback only:
#   1. builds the jar (SKIP_BUILD=1 to reuse bff-app/target/bff-app-*.jar),
#   2. starts a PostgreSQL cluster and a redis-server of its own on free ports (never the machine's shared ones),
#   3. starts the jar on them (caching on, TTLs of 2 s so the database is read all along), loads the suite's
#      fixture (bff-app/src/test/.../http/Fixture.java) and mints HS256 tokens for its member and staff users,
#   4. runs DURATION seconds (default 30) of wrk (CONNECTIONS, default 8) over auth context and bulk availability,
#      and meanwhile: Redis killed (SIGKILL) and restarted, every backend of the database terminated
#      (pg_terminate_backend, this cluster's database only, not the calling session), PostgreSQL stopped (fast) and
#      started; probes measure what /health and the API answer and how long each recovery takes,
#   5. prints a summary: requests, status codes, 5xx, recoveries, cache hit rate per phase and the pool's figures
#      from the Prometheus scrape (GET /api/management/bff/metrics/ with a staff token).
# Exits non-zero on a 5xx other than 503, a 503 without Retry-After, a connection still active after the run, or a
# recovery slower than 6 s: HikariCP's connection adder backs off up to 5 s (hard-coded) while the database is down,
# so after an outage longer than ~5 s its next attempt can come up to 5 s after the database is back.
# Run it from anywhere: scripts/faults.sh      (needs wrk, redis-server, PostgreSQL 15 binaries, openssl, curl)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-8}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
SECRET="faults-script-secret-shared-with-the-main-system-0123456789"
MEMBER=103
STAFF=106
CLUB=000000c2-0000-4000-8000-000000000001
WORK="$(mktemp -d -t bff-faults.XXXXXX)"
SERVER_PID=""
REDIS_PID=""
FAILED=0

for tool in wrk redis-server redis-cli python3 openssl curl java "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/psql"; do
  command -v "$tool" >/dev/null || { echo "faults: $tool is needed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
say() { echo "faults: $*"; }

cleanup() {
  [[ -n "$SERVER_PID" ]] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [[ -n "$REDIS_PID" ]] && kill -KILL "$REDIS_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then echo "faults: logs and scrapes kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  say "building the jar (mvn -q -o -pl bff-app -am package -DskipTests)"
  mvn -q -o -pl bff-app -am package -DskipTests
fi
JAR="$(ls bff-app/target/bff-app-*.jar | grep -v original | head -1)"

PG_PORT="$(free_port)"; REDIS_PORT="$(free_port)"; PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
mkdir -p "$WORK/pg" && chmod 755 "$WORK" && { [[ "$(id -u)" != 0 ]] || chown postgres "$WORK/pg"; }
say "PostgreSQL of its own on 127.0.0.1:$PG_PORT, redis-server on 127.0.0.1:$REDIS_PORT, server on $PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 30 \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40" start >/dev/null
}
pg_start
redis_start() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >>"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  for _ in $(seq 1 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return; sleep 0.05; done
}
redis_start

say "starting $JAR"
BFF_PORT="$PORT" BFF_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" BFF_DB_USER=postgres BFF_DB_PASSWORD= \
  BFF_JWT_SECRET="$SECRET" BFF_REDIS_URI="redis://127.0.0.1:$REDIS_PORT" DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=10 \
  BFF_CACHE_TTL_AVAILABILITY=2s BFF_CACHE_TTL_AUTH_CONTEXT=2s BFF_CACHE_TTL_USER_PERMISSIONS=2s \
  BFF_CACHE_TTL_CLUB_DATA=2s java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health")" == 200 ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
  sleep 0.5
done

# the suite's fixture: the text blocks of Fixture.java, in order
awk '/= """$/ {on=1; next} on && /^ *""";/ {on=0; print ";"; next} on {print}' \
  bff-app/src/test/java/com/padelyzer/bff/app/http/Fixture.java >"$WORK/fixture.sql"
"$PG_BIN/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -f "$WORK/fixture.sql" >/dev/null

source scripts/lib/tokens.sh
token() { mint_token "$SECRET" "$1" 3600 faults; }
MEMBER_TOKEN="$(token $MEMBER)"; STAFF_TOKEN="$(token $STAFF)"
code() { curl -s -o /dev/null -m 20 -w '%{http_code}' -H "Authorization: Bearer $MEMBER_TOKEN" "$URL$1"; }
[[ "$(code /api/bff/auth/context/)" == 200 ]] || { say "the fixture's member gets no 200"; exit 1; }

scrape() { curl -s -m 10 -H "Authorization: Bearer $STAFF_TOKEN" "$URL/api/management/bff/metrics/"; }
meter() { # meter <scrape file> <name with labels, as a regex>: the sum of the matching samples
  awk -v pattern="^$2( |[{])" '$0 ~ pattern {sum += $NF} END {printf "%.0f", sum}' "$1"
}
hits_and_lookups() {
  local file="$WORK/scrape-$1"
  scrape >"$file"
  echo "$(meter "$file" 'bff_cache_lookups_total[{][^}]*result="l[12]"[}]') $(meter "$file" 'bff_cache_lookups_total') \
    $(meter "$file" 'bff_cache_lookups_total[{][^}]*result="l2"[}]')"
}

# wrk: auth context and bulk availability over 20 dates, statuses counted across threads
cat >"$WORK/mix.lua" <<EOF
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} ; n = 0 end
function request()
  n = n + 1
  local path = "/api/bff/auth/context/"
  if n % 2 == 0 then path = string.format("/api/bff/bi/availability/bulk/?club=$CLUB&date=2026-05-%02d", 1 + n % 20) end
  return wrk.format("GET", path, {["Authorization"] = "Bearer $MEMBER_TOKEN"})
end
function response(status, headers, body)
  local key = tostring(status)
  if status == 503 and headers["Retry-After"] == nil and headers["retry-after"] == nil then key = "503-no-retry-after" end
  statuses[key] = (statuses[key] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %s %d\n", status, count)) end
end
EOF

# a probe: how long until <path> answers 200, in ms since <start> (default now), polling every 50 ms, 15 s at most
until_ok() {
  local start="${2:-$(now_ms)}"
  while (( $(now_ms) - start < 15000 )); do
    [[ "$(code "$1")" == 200 ]] && { echo $(( $(now_ms) - start )); return; }
    sleep 0.05
  done
  echo "none in 15000"
}
probe() { # probe <path>: "<status> in <ms> ms, Retry-After <value>"
  local start out; start="$(now_ms)"
  out="$(curl -s -o /dev/null -m 20 -D - -H "Authorization: Bearer $MEMBER_TOKEN" "$URL$1" | tr -d '\r')"
  echo "$(echo "$out" | awk 'NR==1{print $2}') in $(( $(now_ms) - start )) ms, Retry-After $(echo "$out" \
    | awk -F': ' 'tolower($1)=="retry-after"{print $2}')"
}

read -r hits0 lookups0 l2_0 <<<"$(hits_and_lookups start)"
say "wrk -t2 -c$CONNECTIONS -d${DURATION}s with the faults below, at fixed points of the run"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/mix.lua" "$URL" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
T0="$(now_ms)"
at() { # at <second of the run>: sleeps until then
  local wait=$(( $1 * 1000 - ($(now_ms) - T0) ))
  if (( wait > 0 )); then sleep "$(( wait / 1000 )).$(printf '%03d' $(( wait % 1000 )))"; fi
}

at 4
read -r hits1 lookups1 l2_1 <<<"$(hits_and_lookups before-redis)"
kill -KILL "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true; REDIS_KILLED="$(now_ms)"
at 8
read -r hits2 lookups2 l2_2 <<<"$(hits_and_lookups redis-down)"
redis_start; REDIS_BACK="$(now_ms)"
REDIS_RECOVERY="none in 15000"
while (( $(now_ms) - REDIS_BACK < 15000 )); do
  scrape >"$WORK/scrape-redis"
  if [[ "$(meter "$WORK/scrape-redis" bff_cache_redis_available)" == 1 ]]; then
    REDIS_RECOVERY=$(( $(now_ms) - REDIS_BACK )); break
  fi
  sleep 0.05
done
at 12
read -r hits3 lookups3 l2_3 <<<"$(hits_and_lookups redis-back)"
TERMINATED="$("$PG_BIN/psql" -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
   WHERE datname = current_database() AND pid <> pg_backend_pid()")"
TERMINATE_RECOVERY="$(until_ok "/api/bff/bi/availability/bulk/?club=$CLUB&date=2026-07-01")"
at 16
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null; PG_STOPPED="$(now_ms)"
sleep 1
HEALTH_DOWN="$(probe /health)"; HEALTH_DOWN="${HEALTH_DOWN%, Retry-After*}"
API_DOWN="$(probe "/api/bff/bi/availability/bulk/?club=$CLUB&date=2026-07-02")"
at 22
pg_start; PG_BACK="$(now_ms)"
PG_RECOVERY_API="$(until_ok "/api/bff/bi/availability/bulk/?club=$CLUB&date=2026-07-03" "$PG_BACK")"
PG_RECOVERY_HEALTH="$(until_ok /health "$PG_BACK")"
wait "$WRK_PID" || true
read -r hits4 lookups4 l2_4 <<<"$(hits_and_lookups end)"
sleep 1
scrape >"$WORK/scrape-final"

rate() { # rate <hits a> <lookups a> <l2 hits a> <hits b> <lookups b> <l2 hits b>
  local lookups=$(( $5 - $2 ))
  (( lookups > 0 )) && echo "$(( 100 * ($4 - $1) / lookups ))% of $lookups ($(( $6 - $3 )) from Redis)" || echo "none"
}
requests="$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")"
statuses="$(awk '/^status / {printf "%s=%s ", $2, $3}' "$WORK/wrk.txt")"
fivexx="$(awk '/^status 5/ {sum += $3} END {print sum + 0}' "$WORK/wrk.txt")"
other5xx="$(awk '/^status 5/ && $2 != "503" {sum += $3} END {print sum + 0}' "$WORK/wrk.txt")"
F="$WORK/scrape-final"

echo
echo "| figure | value |"
echo "|---|---|"
echo "| load | wrk -t2 -c$CONNECTIONS -d${DURATION}s, auth context + bulk availability (20 dates), cache TTLs 2 s, pool 10 |"
echo "| requests | $requests ($(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") req/s; p50 $(awk '$1=="50%"{print $2}' "$WORK/wrk.txt"), p99 $(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")) |"
echo "| status codes | $statuses|"
echo "| 5xx | $fivexx (other than 503: $other5xx) |"
echo "| cache hit rate: before / Redis down / Redis back / database faults | $(rate "$hits0" "$lookups0" "$l2_0" "$hits1" "$lookups1" "$l2_1") / $(rate "$hits1" "$lookups1" "$l2_1" "$hits2" "$lookups2" "$l2_2") / $(rate "$hits2" "$lookups2" "$l2_2" "$hits3" "$lookups3" "$l2_3") / $(rate "$hits3" "$lookups3" "$l2_3" "$hits4" "$lookups4" "$l2_4") |"
echo "| Redis killed at $(( (REDIS_KILLED - T0) / 1000 )) s, restarted at $(( (REDIS_BACK - T0) / 1000 )) s: back in use after | $REDIS_RECOVERY ms |"
echo "| $TERMINATED backends terminated at ~12 s: a new uncached read answers 200 after | $TERMINATE_RECOVERY ms |"
echo "| PostgreSQL stopped at $(( (PG_STOPPED - T0) / 1000 )) s: /health | $HEALTH_DOWN |"
echo "| PostgreSQL stopped: API (uncached read) | $API_DOWN |"
echo "| PostgreSQL started at $(( (PG_BACK - T0) / 1000 )) s: API (uncached read) 200 after | $PG_RECOVERY_API ms |"
echo "| PostgreSQL started: /health 200 after | $PG_RECOVERY_HEALTH ms |"
echo "| pool after the run: active / idle / pending / total / max | $(meter "$F" hikaricp_connections_active) / $(meter "$F" hikaricp_connections_idle) / $(meter "$F" hikaricp_connections_pending) / $(meter "$F" hikaricp_connections) / $(meter "$F" hikaricp_connections_max) |"
echo "| connection time-outs (no connection within the wait) | $(meter "$F" hikaricp_connections_timeout_total) |"
echo "| blocking pool: max threads / queued now | $(meter "$F" 'executor_pool_max_threads[{][^}]*name="blocking"[}]') / $(meter "$F" 'executor_queued_tasks[{][^}]*name="blocking"[}]') |"
echo

[[ "$other5xx" == 0 ]] || { say "FAILED: 5xx other than 503"; FAILED=1; }
! grep -q '503-no-retry-after' "$WORK/wrk.txt" || { say "FAILED: a 503 without Retry-After"; FAILED=1; }
for recovery in "$REDIS_RECOVERY" "${TERMINATE_RECOVERY%% *}" "${PG_RECOVERY_HEALTH%% *}" "${PG_RECOVERY_API%% *}"; do
  [[ "$recovery" =~ ^[0-9]+$ ]] && (( recovery <= 6000 )) || { say "FAILED: a recovery took over 6 s ($recovery)"; FAILED=1; }
done
[[ "$(meter "$F" hikaricp_connections_active)" == 0 ]] || { say "FAILED: connections still active"; FAILED=1; }
exit "$FAILED"
