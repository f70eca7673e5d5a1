#!/usr/bin/env bash
# Monitoring overhead over HTTP: the same server on the embedded default with the request monitor on and off,
# alternating ROUNDS times (default 2), each time wrk on a trivial endpoint (not monitored) and two hits (monitored).
#
#   perf/monitoring-overhead.sh            # from the repository root; needs wrk, port 8000 free; ~4 min
#
# Environment: ROUNDS (2), DURATION (15s), CONNECTIONS (32). Prints one line per endpoint, server and round.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-2}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}
url=http://localhost:8000
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d)
pgid=""
stop() { [ -n "$pgid" ] && kill -TERM -- "-$pgid" 2>/dev/null; sleep 3; pgid=""; }
trap 'stop; rm -rf "$work"' EXIT

rps() { wrk -t2 -c"$connections" -d"$duration" --latency "$@" \
  | awk '/Requests\/sec/{rps=$2} $1=="50%"{p50=$2} $1=="99%"{p99=$2} END{printf "%9s req/s  p50 %-8s p99 %s", rps, p50, p99}'; }

for round in $(seq 1 "$rounds"); do
  for monitoring in true false; do
    log="$work/server-$monitoring-$round.log"
    BFF_MONITORING_ENABLED=$monitoring setsid bash -c 'mvn -q -pl bff-app -am mn:run' >"$log" 2>&1 </dev/null &
    pgid=$!
    for _ in $(seq 1 120); do grep -q 'embedded default ready' "$log" && break; sleep 1; done
    owner=$(grep -m1 'club owner user' "$log" | awk '{print $NF}')
    member=$(grep -m1 'club member user' "$log" | awk '{print $NF}')
    club=$(grep -m1 -o 'demo club [0-9a-f-]*' "$log" | awk '{print $3}')
    analytics="$url/api/bff/bi/analytics/club/?club=$club"
    curl -s -o /dev/null -H "Authorization: Bearer $owner" "$analytics"
    curl -s -o /dev/null -H "Authorization: Bearer $member" "$url/api/bff/auth/context/"
    wrk -t2 -c"$connections" -d5s "$url/swagger-ui/index.html" >/dev/null          # JIT warm-up
    echo "round $round monitoring=$monitoring trivial      $(rps "$url/swagger-ui/index.html")"
    echo "round $round monitoring=$monitoring analytics    $(rps -H "Authorization: Bearer $owner" "$analytics")"
    echo "round $round monitoring=$monitoring auth context $(rps -H "Authorization: Bearer $member" "$url/api/bff/auth/context/")"
    stop
  done
done
