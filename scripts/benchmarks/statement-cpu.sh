#!/usr/bin/env bash
# PostgreSQL's CPU per execution of one statement file, as pgbench -M prepared runs it (parameters as pgbench
# variables, so the server plans it as the BFF's prepared statements: generic plans): the ticks of every postgres
# process over 6 s of a 10 s run, divided by the transactions of those 6 s. Not the latency: the CPU a statement
# costs the database, which is what bounds a miss's throughput on a shared machine.
#   scripts/benchmarks/statement-cpu.sh <file.sql> [clients (2)] [pgbench options, e.g. -D club=<uuid>]
# Environment: PGHOST (127.0.0.1), PGUSER (postgres), PGDATABASE (bff_scale).
set -euo pipefail
file=$1; clients=${2:-2}; shift $(( $# >= 2 ? 2 : 1 ))
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-bff_scale}"
source "$(dirname "$0")/../lib/bench-subjects.sh"
out="$(mktemp)"; trap 'rm -f "$out"' EXIT
pgbench -n -M prepared -c "$clients" -j 1 -T 10 "$@" -f "$file" >"$out" 2>&1 &
bench=$!
sleep 2; before=$(postgres_ticks); from=$(date +%s.%N)
sleep 6; after=$(postgres_ticks); to=$(date +%s.%N)
wait "$bench" || { cat "$out" >&2; exit 1; }
tps=$(awk '/^tps/ {print $3}' "$out")
python3 -c "
tps, seconds, ticks, hz = $tps, $to - $from, $after - $before, $(getconf CLK_TCK)
print(f'$file, {$clients} clients: {tps:.0f} statements/s, PostgreSQL CPU {ticks / hz * 1000 / (tps * seconds):.3f} ms per statement')"
