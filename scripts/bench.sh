#!/usr/bin/env bash
# The production-scale benchmark (issue 11 point 4), one command, loopback only, bounded in time:
#   1. installs wrk from Debian's packages if it is missing, builds the jar (SKIP_BUILD=1 reuses bff-app/target),
#   2. reuses the large database at BENCH_DB_URL, or generates it when it has no reservations (generate_database),
#   3. picks its users by SQL (an org admin, the owner and a member of the largest club),
#      makes a secret and mints HS256 access tokens for them as the main system would,
#   4. starts the jar on that database with caching on (hits), vacuums the database once the jar has migrated it (as
#      autovacuum would), warms the JIT up on the three reads, and measures,
#      32 connections each: the trivial endpoint (this machine's limit for this server), the three reads as hits, the
#      four auth calls the aggregate replaces, and one check_availability per court of the club-day; then with answers
#      not kept (BFF_CACHE_RESPONSES=false: every request computes its answer, the caller check kept, as after an
#      eviction) the same rows as misses; then with nothing kept (BFF_CACHE_CALLERS=false too: a user's first request)
#      the limit and the three reads as cold misses,
#   5. writes the table (requests/s, p50/p95/p99, statements per request from Server-Timing, resident memory of
#      the server) into docs/performance.md between the bench markers, with the date, the commands and the machine.
#
#   scripts/bench.sh
#
# Environment: BENCH_DB_URL (jdbc:postgresql://127.0.0.1:5432/bff_scale), BENCH_DB_USER (postgres),
# BENCH_DB_PASSWORD (empty), DURATION (15s per row), WARMUP (20s per row, not measured: on a 2-core VM the JIT needs
# 60-80 s of load before a miss runs compiled code, docs/decisions/0024), CONNECTIONS (32),
# THREADS (2), MAX_SECONDS (1800: rows past it are skipped and say so), BENCH_JAVA_OPTS (default: mn.jvmArgs of pom.xml,
# docs/decisions/0021-jvm-options.md), BENCH_DATE (the availability date, default today), OUT (docs/performance.md),
# KEEP_WORK=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bff_scale}"
DB_USER="${BENCH_DB_USER:-postgres}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
MAX_SECONDS="${MAX_SECONDS:-1800}"
JAVA_OPTS="${BENCH_JAVA_OPTS:-$(sed -n 's:.*<mn.jvmArgs>\(.*\)</mn.jvmArgs>.*:\1:p' pom.xml)}"
OUT="${OUT:-docs/performance.md}"
WORK="$(mktemp -d -t bff-bench.XXXXXX)"
SECRET="bench-$(openssl rand -hex 24)"
STARTED="$(date +%s)"
SERVER_PID=""

say() { echo "bench: $*" >&2; }
cleanup() {
  stop_server
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then say "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  say "installing wrk (apt-get install -y wrk)"
  if [[ "$(id -u)" == 0 ]]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
for tool in wrk psql openssl curl java python3; do
  command -v "$tool" >/dev/null || { say "$tool is needed"; exit 2; }
done

# jdbc:postgresql://host:port/db -> psql's connection; loopback only, like every target of this script
HOSTPORT="${DB_URL#jdbc:postgresql://}"; DB_NAME="${HOSTPORT#*/}"; DB_NAME="${DB_NAME%%\?*}"; HOSTPORT="${HOSTPORT%%/*}"
DB_HOST="${HOSTPORT%%:*}"; DB_PORT="${HOSTPORT##*:}"; [[ "$DB_PORT" == "$HOSTPORT" ]] && DB_PORT=5432
case "$DB_HOST" in
  127.*|localhost) ;;
  *) say "refusing a database that is not on this machine: $DB_URL"; exit 2 ;;
esac
sql() { PGPASSWORD="$DB_PASSWORD" psql -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -c "$1"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  say "building the jar (mvn -q -pl bff-app -am package -DskipTests)"
  mvn -q -pl bff-app -am package -DskipTests
fi
JAR="$(ls bff-app/target/bff-app-*.jar | grep -v original | head -1)"

# ---------------------------------------------------------------------------------------------------------------
# generate_database: the one call of the data generator (issue 11 point 1; bff-app/.../demo/GenerateData, README
# "Data at scale"). It creates BENCH_DB_URL's database if needed, migrates it and loads the large size.
generate_database() {
  PGPASSWORD="$DB_PASSWORD" psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres \
    -c "CREATE DATABASE \"$DB_NAME\"" 2>/dev/null || true
  java -cp "$JAR" com.padelyzer.bff.app.demo.GenerateData --size large --db-url "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
    --db-user "$DB_USER" --db-password "$DB_PASSWORD"
}
# ---------------------------------------------------------------------------------------------------------------

if [[ "$(sql "SELECT count(*) FROM reservations_reservation" 2>/dev/null || echo 0)" == 0 ]]; then
  say "no reservations in $DB_URL: generating the large database"
  generate_database
fi
RESERVATIONS="$(sql "SELECT count(*) FROM reservations_reservation")"
SIZE="$(sql "SELECT (SELECT count(*) FROM root_organization) || ' organizations, ' || (SELECT count(*) FROM clubs_club)
  || ' clubs, ' || (SELECT count(*) FROM clubs_court) || ' courts, ' || (SELECT count(*) FROM authentication_user)
  || ' users, ' || $RESERVATIONS || ' reservations'")"

# the largest club, its owner and a member (scripts/lib/bench-subjects.sh); an org admin
source scripts/lib/bench-subjects.sh
CLUB="$(largest_club)"
COURTS="$(sql "SELECT id FROM clubs_court WHERE club_id = '$CLUB' AND is_active AND NOT is_maintenance ORDER BY number, id")"
COURT_COUNT="$(echo "$COURTS" | wc -l)"
OWNER="$(club_user "$CLUB" owner)"
MEMBER="$(club_user "$CLUB" member)"
ADMIN="$(sql "SELECT u.id FROM authentication_user u JOIN authentication_organizationmembership m ON m.user_id = u.id
  WHERE m.role = 'org_admin' AND m.is_active AND u.is_active ORDER BY u.id LIMIT 1")"
DAY="${BENCH_DATE:-$(date +%F)}"
[[ -n "$CLUB" && -n "$OWNER" && -n "$MEMBER" && -n "$ADMIN" ]] || {
  say "the database lacks a club with an owner and a member, or an org admin"; exit 1; }
say "$SIZE; club $CLUB ($COURT_COUNT courts), owner $OWNER, member $MEMBER, org admin $ADMIN, date $DAY"

source scripts/lib/tokens.sh
token() { mint_token "$SECRET" "$1" 7200 bench; }
OWNER_TOKEN="$(token "$OWNER")"; MEMBER_TOKEN="$(token "$MEMBER")"; ADMIN_TOKEN="$(token "$ADMIN")"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"

rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"; }
start_server() { # start_server <keep answers true|false> <keep caller checks true|false>
  local log="$WORK/server-$1-$2.log"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  BFF_PORT="$PORT" BFF_DB_URL="$DB_URL" BFF_DB_USER="$DB_USER" BFF_DB_PASSWORD="$DB_PASSWORD" BFF_JWT_SECRET="$SECRET" \
    BFF_CACHE_RESPONSES="$1" BFF_CACHE_CALLERS="$2" java $JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health")" == 200 ]] && return
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
    sleep 0.5
  done
  say "the server did not answer /health within 300 s"; exit 1
}
stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# wrk's report as one line: requests/s p50 p95 p99 (ms) and errors (non-2xx, socket); the script rotates bodies
cat >"$WORK/report.lua" <<'EOF'
bodies = {}
index = 0
function init(args)
  for i = 1, #args do bodies[i] = args[i] end
end
function request()
  if #bodies == 0 then return wrk.format() end
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("REPORT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
EOF

ROWS="$WORK/rows"; : >"$ROWS"
statements() { # statements <curl args...>: what one request's Server-Timing says (after one request to warm up)
  curl -s -o /dev/null "$@" >/dev/null
  curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1)=="server-timing" {print $2}' \
    | grep -o 'desc="[0-9]* quer[a-z]*"' | grep -o '[0-9]*' || echo "-"
}
measure() { # measure <row name> <hit|miss|cold miss> <token or -> <method> <path> [bodies...]
  local name=$1 caching=$2 token=$3 method=$4 path=$5; shift 5
  if (( $(date +%s) - STARTED > MAX_SECONDS )); then
    printf '%s\t%s\tskipped (MAX_SECONDS)\t\t\t\t\t\t\n' "$name" "$caching" >>"$ROWS"; return
  fi
  local auth=() lua=(-s "$WORK/report.lua") count
  [[ "$token" != - ]] && auth=(-H "Authorization: Bearer $token")
  [[ "$method" == POST ]] && lua+=(-H "Content-Type: application/json")
  count="$(if [[ "$method" == POST ]]; then statements -X POST -H 'Content-Type: application/json' -d "$1" "${auth[@]}" "$URL$path"
           else statements "${auth[@]}" "$URL$path"; fi)"
  if [[ "$method" == POST ]]; then
    cat >"$WORK/post.lua" <<EOF
wrk.method = "POST"
EOF
    lua=(-s "$WORK/post-report.lua" -H "Content-Type: application/json")
    cat "$WORK/post.lua" "$WORK/report.lua" >"$WORK/post-report.lua"
  fi
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "${lua[@]}" "${auth[@]}" "$URL$path" -- "$@" >/dev/null || true
  local line
  line="$(timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s "${lua[@]}" "${auth[@]}" "$URL$path" -- "$@" \
    | awk '$1=="REPORT" {print $2, $3, $4, $5, $6, $7}')"
  local rps="" p50="" p95="" p99="" status=0 socket=0
  read -r rps p50 p95 p99 status socket <<<"$line" || true
  [[ -n "$rps" ]] || { say "$name: wrk gave no report"; rps=0; status=0; socket=0; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$caching" "$rps" "$p50" "$p95" "$p99" \
    "$status / $socket" "$count" "$(rss_mib)" >>"$ROWS"
  say "$name ($caching): $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, non-2xx $status, socket errors $socket, statements $count, RSS $(rss_mib) MiB"
}

# After the server's migrations and before any row: VACUUM (ANALYZE), as autovacuum would have done on a production
# database. On a machine whose PostgreSQL runs without autovacuum (this kind: conf.d/90-ci.conf) the dead rows of a
# migration's back-fill otherwise stay in the indexes the statements read (V10's update of every customer row doubled
# the rows of the customers' index scan until then).
vacuum_database() {
  PGPASSWORD="$DB_PASSWORD" psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -c "VACUUM (ANALYZE)"
}

warm_up() { # the JIT first: each of the three reads for WARMUP before any row is measured (the first computing row
  # would otherwise pay for compiling the code every later row shares)
  local row
  for row in "$OWNER_TOKEN /api/bff/bi/analytics/club/?club=$CLUB" "$OWNER_TOKEN /api/bff/bi/analytics/club/?club=$CLUB&period=year" \
             "$MEMBER_TOKEN /api/bff/auth/context/" "$MEMBER_TOKEN /api/bff/bi/availability/bulk/?club=$CLUB&date=$DAY"; do
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Authorization: Bearer ${row%% *}" \
      "$URL${row#* }" >/dev/null || true
  done
}

CHECKS=()
while read -r court; do
  CHECKS+=("{\"court\": \"$court\", \"date\": \"$DAY\", \"start_time\": \"18:00\", \"end_time\": \"19:30\"}")
done <<<"$COURTS"

for state in hit miss "cold miss"; do
  case "$state" in
    hit) answers=true; callers=true ;;
    miss) answers=false; callers=true ;;
    *) answers=false; callers=false ;;
  esac
  say "starting the server for the $state rows (BFF_CACHE_RESPONSES=$answers BFF_CACHE_CALLERS=$callers): java $JAVA_OPTS -jar $JAR"
  start_server "$answers" "$callers"
  vacuum_database
  printf 'rss at start\t%s\t\t\t\t\t\t\t%s\n' "$state" "$(rss_mib)" >>"$ROWS"
  warm_up
  measure "limit: static /swagger-ui/index.html" "$state" - GET /swagger-ui/index.html
  measure "analytics (month)" "$state" "$OWNER_TOKEN" GET "/api/bff/bi/analytics/club/?club=$CLUB"
  measure "analytics (year)" "$state" "$OWNER_TOKEN" GET "/api/bff/bi/analytics/club/?club=$CLUB&period=year"
  measure "auth context" "$state" "$MEMBER_TOKEN" GET /api/bff/auth/context/
  measure "bulk availability ($COURT_COUNT courts)" "$state" "$MEMBER_TOKEN" GET "/api/bff/bi/availability/bulk/?club=$CLUB&date=$DAY"
  if [[ "$state" == "cold miss" ]]; then stop_server; continue; fi
  measure "before: /api/auth/user/" "$state" "$MEMBER_TOKEN" GET /api/auth/user/
  measure "before: /api/clubs/user-clubs/" "$state" "$MEMBER_TOKEN" GET /api/clubs/user-clubs/
  measure "before: /api/auth/permissions/" "$state" "$MEMBER_TOKEN" GET /api/auth/permissions/
  measure "before: /api/root/organization/" "$state" "$ADMIN_TOKEN" GET /api/root/organization/
  measure "before: check_availability (1 court)" "$state" "$MEMBER_TOKEN" POST /api/reservations/check_availability/ "${CHECKS[@]}"
  stop_server
done

# the table, its ratios and the page
TABLE="$WORK/table.md"
python3 - "$ROWS" "$COURT_COUNT" >"$TABLE" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
courts = int(sys.argv[2])
def rps(name, state):
    for r in rows:
        if r[0].startswith(name) and r[1] == state and r[2] not in ("", "skipped (MAX_SECONDS)"):
            return float(r[2])
    return None
def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"
print("| row | cache | req/s | p50 ms | p95 ms | p99 ms | non-2xx / socket errors | statements/request | RSS MiB after | ratio |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    name, state = r[0], r[1]
    if name == "rss at start":
        print(f"| server started, no request yet | {state} | | | | | | | {r[8]} | |")
        continue
    if r[2].startswith("skipped"):
        print(f"| {name} | {state} | skipped: MAX_SECONDS reached | | | | | | | |")
        continue
    note = ""
    limit = rps("limit:", state)
    if name.startswith(("analytics", "auth context", "bulk availability")):
        note = f"{state}/limit {ratio(float(r[2]), limit)}"
    if name == "auth context":
        parts = [rps(p, state) for p in ("before: /api/auth/user/", "before: /api/clubs/user-clubs/",
                                         "before: /api/auth/permissions/", "before: /api/root/organization/")]
        if all(parts):
            sets = 1 / sum(1 / p for p in parts)
            note += f"; bff/before {ratio(float(r[2]), sets)} (four calls: {sets:.0f} sets/s)"
    if name.startswith("bulk availability"):
        check = rps("before: check_availability", state)
        if check:
            note += f"; bff/before {ratio(float(r[2]), check / courts)} ({courts} checks: {check / courts:.0f} club-days/s)"
    print(f"| {name} | {state} | {float(r[2]):,.0f} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} | {r[8]} | {note} |")
EOF

MACHINE="$(nproc) vCPU $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/^Mem/ {print $2}') GB RAM, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
{
  echo "<!-- bench:begin -->"
  echo "### Run of $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD)"
  echo
  echo "Database: \`$DB_URL\`, $SIZE. Club \`$CLUB\` ($COURT_COUNT bookable courts), date $DAY."
  echo "Machine: $MACHINE; wrk on the same cores. wrk -t$THREADS -c$CONNECTIONS; each server first runs the three reads"
  echo "for $WARMUP each, then every row gets $WARMUP of warm-up and $DURATION measured."
  echo "Server: \`java $JAVA_OPTS -jar $(basename "$JAR")\` on that database, hits with caching on, misses with"
  echo "\`BFF_CACHE_RESPONSES=false\` (every request computes its answer; the caller check kept, as after an eviction), cold"
  echo "misses with \`BFF_CACHE_CALLERS=false\` too (nothing kept: the caller checked in the database as well). Command: \`scripts/bench.sh\`"
  echo "(\`BENCH_DB_URL=$DB_URL DURATION=$DURATION\`)."
  echo
  cat "$TABLE"
  echo
  echo "Ratios: *hit/limit*, *miss/limit* and *cold miss/limit* = the row's req/s ÷ the static page's of the same server in the same run;"
  echo "auth *bff/before* = auth context req/s ÷ the rate of complete sets of the four calls (1 ÷ Σ 1/rate);"
  echo "availability *bff/before* = bulk req/s ÷ (check_availability req/s ÷ courts). Statements per request from"
  echo "\`Server-Timing\` (\`-\`: the endpoint writes none). RSS: the server's resident memory after the row."
  echo "<!-- bench:end -->"
} >"$WORK/section.md"
python3 - "$OUT" "$WORK/section.md" <<'EOF'
import os, sys, re
page, section = sys.argv[1], open(sys.argv[2]).read().rstrip("\n")
text = open(page).read() if os.path.exists(page) else "# Performance\n"
if "<!-- bench:begin -->" in text:
    text = re.sub(r"<!-- bench:begin -->.*?<!-- bench:end -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n## Production scale (scripts/bench.sh)\n\n" + section + "\n"
open(page, "w").write(text)
EOF
cat "$WORK/section.md"
say "written into $OUT in $(( $(date +%s) - STARTED )) s"
