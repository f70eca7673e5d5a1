#!/usr/bin/env bash
# Smoke check of the README's quick start, as a newcomer meets it (issue 7, SPEC §8):
#   1. removes this project's own artifacts from the local Maven repository (third-party ones stay),
#   2. runs the README's first command, read from the README itself so the two cannot drift,
#   3. waits (at most SMOKE_TIMEOUT seconds, default 180) for the ready banner,
#   4. runs every curl line the banner prints and requires a 200 with a JSON body from each,
#   5. stops the server by its process group and checks that the port is closed.
# It prints each step and how long it took; it exits non-zero, with the server's log tail, when a step fails.
# Run it from anywhere: scripts/smoke-quickstart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

TIMEOUT_SECONDS="${SMOKE_TIMEOUT:-180}"
MAVEN_REPOSITORY="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
WORK="$(mktemp -d -t bff-smoke.XXXXXX)"
SERVER_LOG="$WORK/server.log"
SERVER_PGID=""
BANNER_START='==== Padel BFF: embedded default ready'

now_ms() { date +%s%3N; }
SMOKE_STARTED="$(now_ms)"
STEP_STARTED="$SMOKE_STARTED"
step() { STEP_STARTED="$(now_ms)"; echo "smoke: $*"; }
done_step() { echo "smoke:   ok in $(( $(now_ms) - STEP_STARTED )) ms ($*)"; }
fail() {
  echo "smoke: FAILED: $*" >&2
  if [[ -s "$SERVER_LOG" ]]; then
    echo "smoke: last lines of the server's output:" >&2
    tail -n 40 "$SERVER_LOG" | cut -c1-400 >&2
  fi
  exit 1
}

stop_server() {
  if [[ -n "$SERVER_PGID" ]] && kill -0 -- "-$SERVER_PGID" 2>/dev/null; then
    kill -TERM -- "-$SERVER_PGID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 -- "-$SERVER_PGID" 2>/dev/null || break
      sleep 1
    done
    if kill -0 -- "-$SERVER_PGID" 2>/dev/null; then
      echo "smoke: the server ignored SIGTERM for 30 s: killing it" >&2
      kill -KILL -- "-$SERVER_PGID" 2>/dev/null || true
    fi
  fi
  SERVER_PGID=""
}
trap 'stop_server; rm -rf "$WORK"' EXIT

port_is_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for port in $(seq 18080 18180); do
    if ! port_is_open "$port"; then echo "$port"; return; fi
  done
  fail "no free port between 18080 and 18180"
}

# The first command of the README's "Quick start" section: the first line of its first ```sh block.
readme_first_command() {
  awk '/^## Quick start/ { in_section = 1; next }
       in_section && /^## / { exit }
       in_section && /^```sh/ { in_block = 1; next }
       in_block && /^```/ { exit }
       in_block && NF { print; exit }' README.md
}

step "reading the quick start command from README.md"
COMMAND="$(readme_first_command)"
[[ -n "$COMMAND" ]] || fail "README.md has no command in a \`\`\`sh block under '## Quick start'"
done_step "$COMMAND"

step "removing this project's artifacts from the local Maven repository ($MAVEN_REPOSITORY/com/padelyzer)"
rm -rf "$MAVEN_REPOSITORY/com/padelyzer"
done_step "removed"

PORT="$(free_port)"
step "starting: $COMMAND (BFF_PORT=$PORT, embedded default: every other BFF_* variable unset)"
for variable in $(compgen -e | grep '^BFF_' || true); do unset "$variable"; done
export BFF_PORT="$PORT"
setsid bash -c "$COMMAND" >"$SERVER_LOG" 2>&1 </dev/null &
SERVER_PGID=$!
done_step "process group $SERVER_PGID"

step "waiting at most ${TIMEOUT_SECONDS} s for the ready banner"
deadline=$(( $(date +%s) + TIMEOUT_SECONDS ))
until grep -q "^$BANNER_START" "$SERVER_LOG"; do
  kill -0 -- "-$SERVER_PGID" 2>/dev/null || fail "the command ended before printing the banner"
  (( $(date +%s) < deadline )) || fail "no banner within ${TIMEOUT_SECONDS} s"
  sleep 1
done
# the banner is printed in one write, but wait for its closing rule before reading it
until awk -v start="$BANNER_START" 'index($0, start) == 1 { seen = 1; next } seen && /^====/ { found = 1 }
                                    END { exit !found }' "$SERVER_LOG"; do
  (( $(date +%s) < deadline )) || fail "the banner never ended"
  sleep 0.2
done
BANNER_MS=$(( $(now_ms) - SMOKE_STARTED ))
done_step "banner after $BANNER_MS ms from the start of the smoke check"

mapfile -t CURL_LINES < <(awk -v start="$BANNER_START" 'index($0, start) == 1 { seen = 1; next }
                                                       seen && /^====/ { exit }
                                                       seen && /^ *curl / { sub(/^ +/, ""); print }' "$SERVER_LOG")
(( ${#CURL_LINES[@]} > 0 )) || fail "the banner prints no curl line"

FIRST_200_MS=""
for index in "${!CURL_LINES[@]}"; do
  line="${CURL_LINES[$index]}"
  step "curl line $(( index + 1 )) of ${#CURL_LINES[@]}: $(sed -E 's/Bearer [A-Za-z0-9._-]+/Bearer <token>/' <<<"$line")"
  body="$WORK/body-$index.json"
  # the printed line as it is, plus where to put the body and what to report
  status="$(eval "$line -o '$body' -w '%{http_code}'")" || fail "curl itself failed (exit $?)"
  [[ "$status" == "200" ]] || fail "HTTP $status, expected 200; body: $(head -c 300 "$body" 2>/dev/null)"
  jq -e 'type == "object" or type == "array"' "$body" >/dev/null 2>&1 \
    || fail "the body is not a JSON object or array: $(head -c 300 "$body")"
  [[ -n "$FIRST_200_MS" ]] || FIRST_200_MS=$(( $(now_ms) - SMOKE_STARTED ))
  done_step "200, $(wc -c <"$body") bytes of JSON"
done

step "stopping the server (process group $SERVER_PGID)"
stop_server
port_is_open "$PORT" && fail "port $PORT still answers after the server was stopped"
done_step "stopped, port $PORT closed"

echo "smoke: PASSED: banner after $BANNER_MS ms, first 200 after $FIRST_200_MS ms, ${#CURL_LINES[@]} curl lines answered 200 with JSON, total $(( $(now_ms) - SMOKE_STARTED )) ms"
