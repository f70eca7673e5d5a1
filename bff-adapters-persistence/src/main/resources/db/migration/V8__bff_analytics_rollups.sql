-- The dashboard's sums kept up to date by the database itself (docs/decisions/0022-analytics-rollups.md): a `year`
-- miss read every counted reservation of two years (~14,000 index rows for the largest generated club, ~23 ms of
-- the database per request); it now reads at most one row per club-day and one row per customer of the club.
--
--   bff_reservation_day_sums  per club and date, the sums of its counted reservations (confirmed or completed,
--                             active): count, minutes, total prices above 0, own hourly price x minutes of the
--                             others; rows with court_id set hold the reservations priced by that court's price
--                             (no total price above 0, no own price >= 0), which is read at query time. Insert-only
--                             for the main system's writes: each statement adds its signed change as a pending row
--                             (no row of it is ever updated, so concurrent bookings never wait for each other); the
--                             service folds the pending rows of a club-day into one (ReservationDaySumsCompaction).
--   bff_club_customers        per club and creator, the dates of their counted reservations (a datemultirange), for
--                             distinct active customers of any window.
--
-- The rules are the domain's and decisions 0019/0020's, written in SQL as in ClubAnalyticsAdapter: minutes truncated
-- as Duration.toMinutes does, a 24:00 end being the last instant of the day (86,399,999,999 us). One negative price
-- of each kind of a club-day's counted reservations is kept, to be said once (0019): exact once folded (the fold
-- reads it again from the reservations), possibly one that has just left the day while its rows are pending.
--
-- Every statement of the functions below is static, so PL/pgSQL plans it once per session: the trigger of a
-- one-row booking costs a few small statements, not the planning of a large one.
--
-- Concurrency: the day sums only ever get new rows. A customer's row is locked (upsert, in club and user order)
-- before the statement that asks whether a date lost by this statement still has another counted reservation: that
-- statement takes a new snapshot after the lock, so of two transactions cancelling the customer's last two bookings
-- of a date the second sees the first's commit and removes the date. This holds under READ COMMITTED, the main
-- system's (Django's) default isolation. Two transactions that change the same two customers in opposite orders
-- in separate statements can deadlock; PostgreSQL then aborts one.
--
-- Needs PostgreSQL 14+ (multiranges). CREATE TRIGGER locks reservations_reservation against writes until commit, so
-- the back-fill below reads a table nobody changes meanwhile; the lock time-out makes the migration fail (start
-- again to retry) rather than queue behind a long transaction of the main system.

SET LOCAL lock_timeout = '10s';
SET LOCAL client_min_messages = warning;

CREATE TABLE IF NOT EXISTS bff_reservation_day_sums (
    club_id                 uuid    NOT NULL,
    date                    date    NOT NULL,
    court_id                uuid    NULL,
    reservations            bigint  NOT NULL,
    minutes                 bigint  NOT NULL,
    full_prices             numeric NOT NULL,
    hourly_price_minutes    numeric NOT NULL,
    negative_price_per_hour numeric NULL,
    negative_total_price    numeric NULL,
    pending                 boolean NOT NULL DEFAULT true
);
-- covering: a dashboard reads a club's span of dates from the index alone (the rows are rewritten only by compaction)
CREATE INDEX IF NOT EXISTS bff_reservation_day_sums_club_date ON bff_reservation_day_sums (club_id, date)
    INCLUDE (court_id, reservations, minutes, full_prices, hourly_price_minutes, negative_price_per_hour,
             negative_total_price);
CREATE INDEX IF NOT EXISTS bff_reservation_day_sums_pending ON bff_reservation_day_sums (club_id, date)
    WHERE pending;

CREATE TABLE IF NOT EXISTS bff_club_customers (
    club_id     uuid           NOT NULL,
    user_id     bigint         NOT NULL,
    booked_days datemultirange NOT NULL,
    PRIMARY KEY (club_id, user_id)
);

-- a reservation row, signed: +1 for a row a statement wrote, -1 for one it replaced or deleted
DROP TYPE IF EXISTS bff_reservation_change CASCADE;
CREATE TYPE bff_reservation_change AS (
    sign           integer,
    club_id        uuid,
    court_id       uuid,
    created_by_id  bigint,
    date           date,
    start_time     time,
    end_time       time,
    price_per_hour numeric,
    total_price    numeric
);

-- the dashboard's "counted" reservation (SPEC 5.1); a one-expression SQL function, so the planner inlines it and
-- the analytics index still serves the status
CREATE OR REPLACE FUNCTION bff_is_counted(status varchar, is_active boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
$$
SELECT status IN ('confirmed', 'completed') AND is_active
$$;

-- Folds signed counted rows into both rollups. Day sums: one row per club-day, and one per club-day and court for
-- the reservations that court's price prices; a row whose sums are all 0 and whose negative prices are those of the
-- rows it replaces (an UPDATE of another column) is not written. Customers: the dates gained are added under the
-- customer's row lock (taken in club and user order); then, in a new statement and so a new snapshot taken after
-- those locks, the dates that may have been lost are removed where no other counted reservation remains.
-- pending: false for rows that are already one per key (the rebuild).
CREATE OR REPLACE FUNCTION bff_rollup_apply(changes bff_reservation_change[], pending boolean) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    lost_clubs uuid[];
    lost_users bigint[];
    lost_days  date[];
BEGIN
    IF changes IS NULL OR cardinality(changes) = 0 THEN
        RETURN;
    END IF;
    WITH changed AS (
           SELECT c.sign, c.club_id, c.court_id, c.created_by_id, c.date, c.price_per_hour, c.total_price,
                  (CASE WHEN c.end_time = TIME '24:00' THEN 86399999999
                        ELSE (extract(epoch FROM c.end_time) * 1000000)::bigint END
                   - (extract(epoch FROM c.start_time) * 1000000)::bigint) / 60000000 AS minutes
           FROM unnest(changes) AS c),
         sums AS (
           SELECT x.club_id, x.date, x.priced_by_court AS court_id, sum(x.sign) AS reservations,
                  sum(x.sign * x.minutes) AS minutes,
                  coalesce(sum(x.sign * x.total_price) FILTER (WHERE x.total_price > 0), 0) AS full_prices,
                  coalesce(sum(x.sign * x.price_per_hour * x.minutes)
                           FILTER (WHERE NOT x.total_price > 0 AND x.price_per_hour >= 0), 0) AS hourly_price_minutes,
                  min(x.price_per_hour) FILTER (WHERE x.priced_by_court IS NULL AND x.sign > 0
                                                  AND x.price_per_hour < 0) AS negative_price_per_hour,
                  min(x.total_price) FILTER (WHERE x.priced_by_court IS NULL AND x.sign > 0
                                               AND x.total_price < 0) AS negative_total_price,
                  min(x.price_per_hour) FILTER (WHERE x.priced_by_court IS NULL AND x.sign < 0
                                                  AND x.price_per_hour < 0) AS replaced_price_per_hour,
                  min(x.total_price) FILTER (WHERE x.priced_by_court IS NULL AND x.sign < 0
                                               AND x.total_price < 0) AS replaced_total_price
           FROM (SELECT NULL::uuid AS priced_by_court, c.* FROM changed c
                 UNION ALL
                 SELECT c.court_id, c.* FROM changed c
                 WHERE NOT c.total_price > 0 AND NOT coalesce(c.price_per_hour >= 0, false)) x
           GROUP BY x.club_id, x.date, x.priced_by_court),
         summed AS (
           INSERT INTO bff_reservation_day_sums (club_id, date, court_id, reservations, minutes, full_prices,
                                                 hourly_price_minutes, negative_price_per_hour, negative_total_price,
                                                 pending)
           SELECT s.club_id, s.date, s.court_id, s.reservations, s.minutes, s.full_prices, s.hourly_price_minutes,
                  s.negative_price_per_hour, s.negative_total_price, pending
           FROM sums s
           WHERE s.reservations <> 0 OR s.minutes <> 0 OR s.full_prices <> 0 OR s.hourly_price_minutes <> 0
              OR s.negative_price_per_hour IS DISTINCT FROM s.replaced_price_per_hour
              OR s.negative_total_price IS DISTINCT FROM s.replaced_total_price),
         per_day AS (
           SELECT c.club_id, c.created_by_id AS user_id, c.date, sum(c.sign) AS net
           FROM changed c WHERE c.created_by_id IS NOT NULL AND isfinite(c.date)
           GROUP BY c.club_id, c.created_by_id, c.date HAVING sum(c.sign) <> 0),
         locked AS (
           INSERT INTO bff_club_customers AS k (club_id, user_id, booked_days)
           SELECT d.club_id, d.user_id,
                  coalesce(range_agg(daterange(d.date, d.date, '[]')) FILTER (WHERE d.net > 0), '{}'::datemultirange)
           FROM per_day d GROUP BY d.club_id, d.user_id ORDER BY d.club_id, d.user_id
           ON CONFLICT (club_id, user_id) DO UPDATE SET booked_days = k.booked_days + excluded.booked_days)
    SELECT array_agg(d.club_id), array_agg(d.user_id), array_agg(d.date)
    INTO lost_clubs, lost_users, lost_days
    FROM per_day d WHERE d.net < 0;

    IF lost_clubs IS NOT NULL THEN
        UPDATE bff_club_customers k SET booked_days = k.booked_days - gone.days
        FROM (SELECT l.club_id, l.user_id, range_agg(daterange(l.date, l.date, '[]')) AS days
              FROM unnest(lost_clubs, lost_users, lost_days) AS l (club_id, user_id, date)
              WHERE NOT EXISTS (SELECT 1 FROM reservations_reservation r
                                WHERE r.club_id = l.club_id AND bff_is_counted(r.status, r.is_active)
                                  AND r.date = l.date AND r.created_by_id = l.user_id)
              GROUP BY l.club_id, l.user_id) gone
        WHERE k.club_id = gone.club_id AND k.user_id = gone.user_id;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION bff_rollup_reservation_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changes bff_reservation_change[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(ROW(1, n.club_id, n.court_id, n.created_by_id, n.date, n.start_time, n.end_time,
                             n.price_per_hour, n.total_price)::bff_reservation_change)
        INTO changes FROM bff_new_rows n WHERE bff_is_counted(n.status, n.is_active);
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(ROW(-1, o.club_id, o.court_id, o.created_by_id, o.date, o.start_time, o.end_time,
                             o.price_per_hour, o.total_price)::bff_reservation_change)
        INTO changes FROM bff_old_rows o WHERE bff_is_counted(o.status, o.is_active);
    ELSE
        SELECT array_agg(ROW(x.sign, x.club_id, x.court_id, x.created_by_id, x.date, x.start_time, x.end_time,
                             x.price_per_hour, x.total_price)::bff_reservation_change)
        INTO changes
        FROM (SELECT 1 AS sign, n.* FROM bff_new_rows n WHERE bff_is_counted(n.status, n.is_active)
              UNION ALL
              SELECT -1, o.* FROM bff_old_rows o WHERE bff_is_counted(o.status, o.is_active)) x;
    END IF;
    PERFORM bff_rollup_apply(changes, true);
    RETURN NULL;
END
$$;

-- Folds the pending rows of up to max_keys club-days into one row per club-day (and court); returns how many
-- club-days it folded. One caller at a time (a transaction-level advisory lock; others return 0 at once). A row a
-- trigger adds meanwhile is not in this statement's snapshot and stays pending for the next call. Club-days whose
-- reservations add up to none are dropped. A folded club-day's negative prices are read again from its counted
-- reservations (idx_bff_reservations_analytics covers both), so one that left the day is no longer said.
CREATE OR REPLACE FUNCTION bff_compact_reservation_day_sums(max_keys integer) RETURNS integer
    LANGUAGE plpgsql AS
$$
DECLARE
    folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('bff_compact_reservation_day_sums')) THEN
        RETURN 0;
    END IF;
    WITH keys AS MATERIALIZED (
           SELECT DISTINCT s.club_id, s.date FROM bff_reservation_day_sums s WHERE s.pending LIMIT max_keys),
         moved AS (
           DELETE FROM bff_reservation_day_sums s USING keys k WHERE s.club_id = k.club_id AND s.date = k.date
           RETURNING s.*),
         kept AS (
           INSERT INTO bff_reservation_day_sums (club_id, date, court_id, reservations, minutes, full_prices,
                                                 hourly_price_minutes, negative_price_per_hour, negative_total_price,
                                                 pending)
           SELECT f.club_id, f.date, f.court_id, f.reservations, f.minutes, f.full_prices, f.hourly_price_minutes,
                  n.price_per_hour, n.total_price, false
           FROM (SELECT m.club_id, m.date, m.court_id, sum(m.reservations) AS reservations, sum(m.minutes) AS minutes,
                        sum(m.full_prices) AS full_prices, sum(m.hourly_price_minutes) AS hourly_price_minutes
                 FROM moved m GROUP BY m.club_id, m.date, m.court_id HAVING sum(m.reservations) <> 0) f
           LEFT JOIN LATERAL (
             SELECT min(r.price_per_hour) FILTER (WHERE r.price_per_hour < 0) AS price_per_hour,
                    min(r.total_price) FILTER (WHERE r.total_price < 0) AS total_price
             FROM reservations_reservation r
             WHERE f.court_id IS NULL AND r.club_id = f.club_id AND bff_is_counted(r.status, r.is_active)
               AND r.date = f.date AND (r.price_per_hour < 0 OR r.total_price < 0)) n ON true
           ORDER BY f.club_id, f.date)
    SELECT count(*) INTO folded FROM keys;
    RETURN folded;
END
$$;

CREATE OR REPLACE FUNCTION bff_rollup_reservation_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM bff_reservation_day_sums;
    DELETE FROM bff_club_customers;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS bff_rollup_insert ON reservations_reservation;
DROP TRIGGER IF EXISTS bff_rollup_update ON reservations_reservation;
DROP TRIGGER IF EXISTS bff_rollup_delete ON reservations_reservation;
DROP TRIGGER IF EXISTS bff_rollup_truncate ON reservations_reservation;
CREATE TRIGGER bff_rollup_insert AFTER INSERT ON reservations_reservation REFERENCING NEW TABLE AS bff_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_reservation_changes();
CREATE TRIGGER bff_rollup_update AFTER UPDATE ON reservations_reservation
    REFERENCING OLD TABLE AS bff_old_rows NEW TABLE AS bff_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_reservation_changes();
CREATE TRIGGER bff_rollup_delete AFTER DELETE ON reservations_reservation REFERENCING OLD TABLE AS bff_old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_reservation_changes();
CREATE TRIGGER bff_rollup_truncate AFTER TRUNCATE ON reservations_reservation
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_reservation_truncate();

-- Rebuilds both rollups from the reservations as they are, one row per key, a club at a time: the back-fill below,
-- and what a bulk load that ran with bff_rollup_insert disabled calls afterwards (the data generator). Run it where
-- no one writes reservations meanwhile (here: the triggers' lock keeps writers out until the migration commits).
CREATE OR REPLACE FUNCTION bff_rebuild_analytics_rollups() RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    club    uuid;
    changes bff_reservation_change[];
BEGIN
    DELETE FROM bff_reservation_day_sums;
    DELETE FROM bff_club_customers;
    FOR club IN SELECT DISTINCT r.club_id FROM reservations_reservation r LOOP
        SELECT array_agg(ROW(1, r.club_id, r.court_id, r.created_by_id, r.date, r.start_time, r.end_time,
                             r.price_per_hour, r.total_price)::bff_reservation_change)
        INTO changes
        FROM reservations_reservation r
        WHERE r.club_id = club AND bff_is_counted(r.status, r.is_active);
        PERFORM bff_rollup_apply(changes, false);
    END LOOP;
END
$$;

SELECT bff_rebuild_analytics_rollups();
