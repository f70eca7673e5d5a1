#!/usr/bin/env bash
# HTTP load of the three BFF reads and the "before" calls they replace, with wrk on this machine.
#
#   perf/load.sh <server-log>     # the log of a server on the embedded default (its banner has tokens and the club)
#
# Environment: BFF_URL (default http://localhost:8000), CONNECTIONS (32), THREADS (2), DURATION (20s).
# Prints, per endpoint, wrk's latency distribution (p50, p99), requests/s, and the statements one request sent
# (from its Server-Timing header, with its X-Cache state), first for a trivial endpoint of the same server (the
# Swagger UI's static index.html: no token, no database) as the yardstick. Only loopback is ever targeted.
# Hits: a server as started (caching on). Misses: the same server started with BFF_CACHE_RESPONSES=false (answers
# computed every time; add BFF_CACHE_CALLERS=false to check the caller in the database every time too).
set -euo pipefail

log=${1:?usage: perf/load.sh <server-log>}
url=${BFF_URL:-http://localhost:8000}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
duration=${DURATION:-20s}
case "$url" in
  http://localhost:*|http://127.*) ;;
  *) echo "refusing to load anything but this machine: $url" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

owner=$(grep -m1 'club owner user' "$log" | awk '{print $NF}')
member=$(grep -m1 'club member user' "$log" | awk '{print $NF}')
admin=$(grep -m1 "org admin user" "$log" | awk "{print \$NF}")
club=$(grep -m1 -o 'demo club [0-9a-f-]*' "$log" | awk '{print $3}')
today=$(grep -m1 -o 'loaded for today [0-9-]*' "$log" | awk '{print $4}')
[ -n "$owner" ] && [ -n "$admin" ] && [ -n "$member" ] && [ -n "$club" ] && [ -n "$today" ] || { echo "no banner in $log" >&2; exit 2; }

run() {
  local name=$1 token=$2 path=$3
  local timing
  curl -s -o /dev/null -H "Authorization: Bearer $token" "$url$path"
  timing=$(curl -s -o /dev/null -D - -H "Authorization: Bearer $token" "$url$path" | tr -d '\r' \
    | awk -F': ' 'tolower($1)=="server-timing"{print $2}')
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$url$path")
  local p50 p99 rps non2xx
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  printf '%-34s p50 %-9s p99 %-9s %9s req/s  non-2xx %-5s  %s\n' "$name" "$p50" "$p99" "$rps" "${non2xx:-0}" \
    "$(echo "$timing" | grep -o 'cache;desc="[A-Z]*"' || true) $(echo "$timing" | grep -o 'desc="[0-9]* quer[a-z]*"' || true)"
}

trivial() {
  local out p50 p99 rps
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url/swagger-ui/index.html")
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  printf '%-34s p50 %-9s p99 %-9s %9s req/s\n' "trivial: static index.html" "$p50" "$p99" "$rps"
}

echo "wrk -t$threads -c$connections -d$duration against $url (club $club, date $today)"
trivial
run "analytics (month)"              "$owner"  "/api/bff/bi/analytics/club/?club=$club"
run "auth context"                   "$member" "/api/bff/auth/context/"
run "bulk availability (all courts)" "$member" "/api/bff/bi/availability/bulk/?club=$club&date=$today"
run "before: /api/auth/user/"        "$member" "/api/auth/user/"
run "before: /api/clubs/user-clubs/" "$member" "/api/clubs/user-clubs/"
run "before: /api/auth/permissions/" "$member" "/api/auth/permissions/"
run "before: /api/root/organization/" "$admin" "/api/root/organization/"
