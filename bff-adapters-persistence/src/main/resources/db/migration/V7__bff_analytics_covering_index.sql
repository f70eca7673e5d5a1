-- idx_bff_reservations_analytics gets covering columns (docs/decisions/0020): the dashboard statement now sums
-- the counted reservations of a club in SQL, and with INCLUDE (is_active, court_id, start_time, end_time,
-- price_per_hour, total_price) it reads them from the index alone. Without them every counted reservation was a
-- heap block of its own (a club's bookings lie scattered among every other club's), 20,000 blocks for a year
-- and the year before. SCHEMA.md's key columns and the index's name stay: the new index is built CONCURRENTLY
-- under a temporary name, the old one dropped CONCURRENTLY, the new one renamed; writes go on throughout.
-- Outside a transaction (V7__bff_analytics_covering_index.sql.conf); re-runnable after a failure at any step.

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_reservations_analytics_covering
    ON reservations_reservation (club_id, status, date, created_by_id)
    INCLUDE (is_active, court_id, start_time, end_time, price_per_hour, total_price);

DROP INDEX CONCURRENTLY IF EXISTS idx_bff_reservations_analytics;

ALTER INDEX IF EXISTS idx_bff_reservations_analytics_covering RENAME TO idx_bff_reservations_analytics;
