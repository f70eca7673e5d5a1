-- An eighth targeted index (docs/decisions/0023-blocked-slots-index.md): every availability statement (the bulk
-- club day and the legacy single check) asks for a club's active blocked slots that end after the start of the
-- day(s) it shows. reservations_blockedslot has no index but its primary key, so each such statement read the whole
-- table: 5,864 rows for 59 of the club's on the generated network, ~0.5 ms of a 0.63 ms club-day statement, and
-- growing with every club's history. Keyed by club and end, the statement reads only the club's blocks that have
-- not ended before the day (past blocks are never read again). Built CONCURRENTLY, as V3 and V7, so an existing
-- Padelyzer database keeps taking writes (V9__bff_blocked_slots_index.sql.conf: outside a transaction); an INVALID
-- leftover of a failed run is dropped first.

DROP INDEX CONCURRENTLY IF EXISTS idx_bff_slots_blocked_club_end_building;

CREATE INDEX CONCURRENTLY idx_bff_slots_blocked_club_end_building
    ON reservations_blockedslot (club_id, end_datetime);

DROP INDEX CONCURRENTLY IF EXISTS idx_bff_slots_blocked_club_end;

ALTER INDEX idx_bff_slots_blocked_club_end_building RENAME TO idx_bff_slots_blocked_club_end;
