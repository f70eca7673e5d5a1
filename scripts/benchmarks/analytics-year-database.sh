#!/usr/bin/env bash
# A database for EXPLAIN (ANALYZE, BUFFERS) of the analytics statements at scale (docs/decisions/0020):
# the Flyway migrations applied with psql, then 100 clubs of 6 courts (07:00-22:00), 2 years
# (2025-01-01 .. 2026-12-31) of 27-28 reservations of 90 minutes per club and day (45 % occupancy:
# 10,000 a year per club, 2,000,000 in all), 85 % counted (confirmed/completed, active), 20 % with a
# total price, the others priced by the hour (a third with their own 450); 1,000 bookers per club (1 in 13
# reservations without one), each with a client profile, created evenly over the 2 years.
# Usage: scripts/benchmarks/analytics-year-database.sh [database]   (default bff_analytics_bench)
set -euo pipefail
DB=${1:-bff_analytics_bench}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
MIGRATIONS=$(dirname "$0")/../../bff-adapters-persistence/src/main/resources/db/migration
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
for migration in "$MIGRATIONS"/V*__*.sql; do
  "${PSQL[@]}" -d "$DB" -f "$migration"
done
"${PSQL[@]}" -d "$DB" <<'SQL'
SET session_replication_role = replica; -- no change-notification triggers while loading
INSERT INTO root_organization (id, business_name, trade_name)
VALUES ('00000000-0000-4000-8000-0000000000ff', 'Bench S.A.', 'Bench');
INSERT INTO clubs_club (id, organization_id, name, slug, opening_time, closing_time, timezone)
SELECT ('00000000-0000-4000-8000-' || lpad(c::text, 12, '0'))::uuid, '00000000-0000-4000-8000-0000000000ff',
       'Club ' || c, 'club-' || c, '07:00', '22:00', 'America/Mexico_City'
FROM generate_series(0, 99) AS c;
INSERT INTO clubs_court (id, club_id, organization_id, name, number, price_per_hour)
SELECT ('00000000-0000-4000-8001-' || lpad((c * 6 + k)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(c::text, 12, '0'))::uuid, '00000000-0000-4000-8000-0000000000ff',
       'Pista ' || k, k, 400 + k * 10
FROM generate_series(0, 99) AS c, generate_series(0, 5) AS k;
-- reservation g: club g % 100, day (g / 100) / 27.4, court and 90-minute slot from the rest
INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, start_time, end_time,
                                      status, price_per_hour, total_price)
SELECT '00000000-0000-4000-8000-0000000000ff',
       ('00000000-0000-4000-8000-' || lpad((g % 100)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8001-' || lpad(((g % 100) * 6 + (g / 100) % 6)::text, 12, '0'))::uuid,
       CASE WHEN g % 13 = 0 THEN NULL ELSE (g::bigint * 7919) % 100000 END,
       DATE '2025-01-01' + ((g / 100) * 10 / 274),
       TIME '07:00' + ((g / 600) % 9) * INTERVAL '90 minutes', TIME '08:30' + ((g / 600) % 9) * INTERVAL '90 minutes',
       (ARRAY['confirmed', 'completed', 'confirmed', 'completed', 'confirmed', 'completed', 'confirmed',
              'completed', 'confirmed', 'completed', 'confirmed', 'completed', 'confirmed', 'completed',
              'confirmed', 'completed', 'confirmed', 'pending', 'cancelled', 'no_show'])[1 + g % 20],
       CASE WHEN g % 3 = 0 THEN 450 END,
       CASE WHEN g % 5 = 0 THEN 675 ELSE 0 END
FROM generate_series(0, 1999999) AS g;
INSERT INTO clients_clientprofile (user_id, organization_id, created_at)
SELECT u, '00000000-0000-4000-8000-0000000000ff', TIMESTAMPTZ '2025-01-01 00:00Z' + (u % 730) * INTERVAL '1 day'
FROM generate_series(0, 99999) AS u;
VACUUM ANALYZE;
SQL
"${PSQL[@]}" -d "$DB" -c "SELECT count(*) AS reservations, min(date), max(date),
  count(*) FILTER (WHERE club_id = '00000000-0000-4000-8000-000000000003' AND date >= '2026-01-01') AS club_3_in_2026
  FROM reservations_reservation"
