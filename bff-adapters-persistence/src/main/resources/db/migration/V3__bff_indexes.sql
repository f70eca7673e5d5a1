-- The service's targeted read indexes (SCHEMA.md, "Targeted indexes"). Built CONCURRENTLY so that an
-- existing Padelyzer database keeps taking writes; that cannot run inside a transaction, hence
-- V3__bff_indexes.sql.conf (executeInTransaction=false). IF NOT EXISTS makes a re-run after a partial
-- failure pick up where it stopped (an INVALID leftover must be dropped by hand first).
--
-- Only #1 carries covering columns: with INCLUDE (start_time, end_time) the day-board query
-- (one club, one date, live statuses) becomes an index-only scan; EXPLAIN showed the counting query
-- over a date range is already index-only on #2's key columns, so #2 stays as listed.

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_reservations_availability
    ON reservations_reservation (club_id, date, status, court_id) INCLUDE (start_time, end_time);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_reservations_analytics
    ON reservations_reservation (club_id, status, date, created_by_id);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_reservations_time_slots
    ON reservations_reservation (court_id, date, start_time, end_time)
    WHERE status IN ('pending', 'confirmed');

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_clubs_organization
    ON clubs_club (organization_id, is_active);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_courts_club_active
    ON clubs_court (club_id, is_active, is_maintenance);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_user_memberships
    ON authentication_organizationmembership (user_id, organization_id, is_active, role);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_bff_club_schedules
    ON clubs_schedule (club_id, weekday, is_active);
