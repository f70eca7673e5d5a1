#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of one statement: a warm-up run, then 5 runs; prints their Execution Times sorted and
# the median. Usage: scripts/benchmarks/explain-median.sh database file.sql
set -euo pipefail
DB=$1
SQL=$2
for run in 0 1 2 3 4 5; do
  psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -c "EXPLAIN (ANALYZE, BUFFERS) $(cat "$SQL")" \
    | awk '/Execution Time/ {print $3}'
done | tail -5 | sort -n | tr '\n' ' ' | awk '{print "ms, sorted:", $0, "| median:", $3, "| load:", "'"$(cut -d' ' -f1 /proc/loadavg)"'"}'
