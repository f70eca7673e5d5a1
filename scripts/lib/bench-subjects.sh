# Sourced by scripts/bench.sh and scripts/benchmarks/*.sh, so that they measure the same club and users and count
# PostgreSQL's CPU the same way. The callers that pick a club define sql() (psql -At on their database).

# the largest club: most bookable courts, then most reservations (the dearest analytics miss), with an active owner
largest_club() {
  sql "SELECT c.id FROM clubs_club c JOIN clubs_court k ON k.club_id = c.id AND k.is_active AND NOT k.is_maintenance
    WHERE c.is_active AND EXISTS (SELECT 1 FROM clubs_clubmembership m WHERE m.club_id = c.id AND m.role = 'owner' AND m.is_active)
    GROUP BY c.id ORDER BY count(*) DESC,
      (SELECT count(*) FROM reservations_reservation r WHERE r.club_id = c.id) DESC, c.id LIMIT 1"
}

# club_user <club> owner|member: the active user of that role with the lowest id (a member: neither staff nor superuser)
club_user() {
  local plain=""
  [[ "$2" == member ]] && plain="AND NOT u.is_staff AND NOT u.is_superuser"
  sql "SELECT u.id FROM authentication_user u JOIN clubs_clubmembership m ON m.user_id = u.id
    WHERE m.club_id = '$1' AND m.role = '$2' AND m.is_active AND u.is_active $plain ORDER BY u.id LIMIT 1"
}

# user + system clock ticks of every postgres process
postgres_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
