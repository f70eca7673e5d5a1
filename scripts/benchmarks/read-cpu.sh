#!/usr/bin/env bash
# Where one read's CPU goes: starts the packaged jar on the large database (scripts/bench.sh's), loads one read with
# wrk for WARM seconds (the JIT: 60-80 s on a 2-core VM), then measures DURATION seconds and prints requests/s,
# p50/p95/p99 and the CPU per request of the server's JVM and of every postgres process (/proc ticks).
#   scripts/benchmarks/read-cpu.sh year|month|auth|availability
# Environment: CACHE (false: every request computes its answer), CALLERS (CACHE's value: false checks the caller in
# the database on every request too, true keeps the caller check as after an eviction), WARM (90), DURATION (15),
# CONNECTIONS (32),
# BENCH_DB_URL (jdbc:postgresql://127.0.0.1:5432/bff_scale, user postgres), JAVA_OPTS (pom.xml's mn.jvmArgs),
# SERVER_ENV (more environment for the server, e.g. DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=20).
set -euo pipefail
cd "$(dirname "$0")/../.."
READ=${1:?year, month, auth or availability}
DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bff_scale}"
DB_NAME="${DB_URL##*/}"
JAVA_OPTS="${JAVA_OPTS:-$(sed -n 's:.*<mn.jvmArgs>\(.*\)</mn.jvmArgs>.*:\1:p' pom.xml)}"
JAR="$(ls bff-app/target/bff-app-*.jar | grep -v original | head -1)"
SECRET="cpu-$(openssl rand -hex 24)"
sql() { psql -X -q -At -h 127.0.0.1 -U postgres -d "$DB_NAME" -c "$1"; }
source scripts/lib/tokens.sh

source scripts/lib/bench-subjects.sh
CLUB="$(largest_club)" # the club and users scripts/bench.sh measures
case "$READ" in
  year) USER_ID="$(club_user "$CLUB" owner)"; PATH_AND_QUERY="/api/bff/bi/analytics/club/?club=$CLUB&period=year" ;;
  month) USER_ID="$(club_user "$CLUB" owner)"; PATH_AND_QUERY="/api/bff/bi/analytics/club/?club=$CLUB" ;;
  auth) USER_ID="$(club_user "$CLUB" member)"; PATH_AND_QUERY="/api/bff/auth/context/" ;;
  availability) USER_ID="$(club_user "$CLUB" member)"
    PATH_AND_QUERY="/api/bff/bi/availability/bulk/?club=$CLUB&date=$(date +%F)" ;;
  *) echo "year, month, auth or availability" >&2; exit 2 ;;
esac
TOKEN="$(mint_token "$SECRET" "$USER_ID" 7200 cpu)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT$PATH_AND_QUERY"

# shellcheck disable=SC2086 # JAVA_OPTS and SERVER_ENV are lists
env BFF_PORT="$PORT" BFF_DB_URL="$DB_URL" BFF_DB_USER=postgres BFF_JWT_SECRET="$SECRET" \
  BFF_CACHE_RESPONSES="${CACHE:-false}" BFF_CACHE_CALLERS="${CALLERS:-${CACHE:-false}}" ${SERVER_ENV:-} java $JAVA_OPTS -jar "$JAR" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health")" == 200 ]] && break
  sleep 0.5
done
# after the server's migrations, as autovacuum would (scripts/bench.sh, vacuum_database)
psql -X -q -h 127.0.0.1 -U postgres -d "$DB_NAME" -c "VACUUM (ANALYZE)"
LUA="$(mktemp)"; trap 'rm -f "$LUA"; kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
cat >"$LUA" <<'LUA'
function done(summary, latency, requests)
  io.write(string.format("%.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
LUA
C="${CONNECTIONS:-32}"
wrk -t2 -c"$C" -d"${WARM:-90}s" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
jvm_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
J0=$(jvm_ticks); P0=$(postgres_ticks)
read -r RPS P50 P95 P99 REQUESTS NON2XX < <(wrk -t2 -c"$C" -d"${DURATION:-15}s" -s "$LUA" \
  -H "Authorization: Bearer $TOKEN" "$URL" | tail -1)
J1=$(jvm_ticks); P1=$(postgres_ticks)
python3 -c "
hz, n = $(getconf CLK_TCK), $REQUESTS
print(f'$READ (answers kept ${CACHE:-false}, caller checks kept ${CALLERS:-${CACHE:-false}}), {$C} connections: {$RPS:.0f} req/s, p50 $P50 ms, p95 $P95 ms, p99 $P99 ms, '
      f'non-2xx $NON2XX; CPU per request: JVM {($J1 - $J0) / hz * 1000 / n:.3f} ms, PostgreSQL {($P1 - $P0) / hz * 1000 / n:.3f} ms')"
