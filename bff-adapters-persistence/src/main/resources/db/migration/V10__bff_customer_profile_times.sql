-- Each club customer's client-profile creation time kept beside their booked dates
-- (docs/decisions/0025-customer-profile-times.md): the dashboard's statement looked the profile of every customer of
-- the club up in clients_clientprofile (198 index probes for the largest generated club, ~0.3 ms of PostgreSQL CPU of
-- a ~1.0 ms statement); it now reads bff_club_customers alone.
--
--   bff_club_customers.profile_created_at   the created_at of the customer's clients_clientprofile row (user_id is
--                                           unique there), NULL while they have none.
--
-- Two writers keep it:
--   - bff_rollup_apply (the reservations' triggers) sets it on every customer row it writes, from the profile as its
--     statement sees it;
--   - statement-level triggers on clients_clientprofile set it on the rows of the users whose profile a statement
--     inserted or deleted, or whose (user_id, created_at) it changed; TRUNCATE clears it.
-- Each reads the other's table, so two transactions that both run before either commits (a client's profile created
-- while their first booking at a club is made) would each miss the other's row. Both therefore take an advisory lock
-- per user before the statement that reads the other's table (bff_lock_customer_profiles): bookings in shared mode
-- (they never wait for each other), profile changes in exclusive mode; the one that waits reads after the other's
-- commit, in a new statement and so a new snapshot. A statement of more than 64 users takes one lock for all users
-- instead (shared by every booking statement, exclusive for a large one): a bulk import waits for the bookings in
-- flight and holds new ones until it commits, and no statement takes more than 66 locks.
--
-- The back-fill below runs with reservations and profiles locked against writes (SHARE ROW EXCLUSIVE: reads go on),
-- with a lock time-out that makes the migration fail (start again to retry) rather than queue behind a long
-- transaction of the main system.

SET LOCAL lock_timeout = '10s';
SET LOCAL client_min_messages = warning;

LOCK TABLE reservations_reservation, clients_clientprofile IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE bff_club_customers ADD COLUMN IF NOT EXISTS profile_created_at timestamptz;
CREATE INDEX IF NOT EXISTS bff_club_customers_user ON bff_club_customers (user_id);

-- users: the customers a statement changes (bookings, exclusive false) or whose profiles it changes (exclusive true)
CREATE OR REPLACE FUNCTION bff_lock_customer_profiles(users bigint[], exclusive boolean) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    distinct_users bigint[] := ARRAY(SELECT DISTINCT u FROM unnest(users) AS u WHERE u IS NOT NULL ORDER BY 1);
    customer       bigint;
BEGIN
    IF cardinality(distinct_users) = 0 THEN
        RETURN;
    END IF;
    IF cardinality(distinct_users) > 64 THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('bff_customer_profiles', 0));
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('bff_customer_profiles', 0));
    FOREACH customer IN ARRAY distinct_users LOOP
        IF exclusive THEN
            PERFORM pg_advisory_xact_lock(hashtextextended('bff_customer_profile:' || customer, 0));
        ELSE
            PERFORM pg_advisory_xact_lock_shared(hashtextextended('bff_customer_profile:' || customer, 0));
        END IF;
    END LOOP;
END
$$;

-- V8's, with the lock above and the profile's creation written with the customer's row
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
    -- before the statement below writes customer rows with their profiles: an uncommitted profile change of those
    -- customers commits first, or waits for this transaction (a status change that keeps the booking counted on its
    -- date, as a nightly confirmed -> completed, writes no customer row and locks nothing)
    PERFORM bff_lock_customer_profiles(ARRAY(SELECT c.created_by_id FROM unnest(changes) AS c
                                             WHERE c.created_by_id IS NOT NULL AND isfinite(c.date)
                                             GROUP BY c.club_id, c.created_by_id, c.date HAVING sum(c.sign) <> 0),
                                       false);
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
           INSERT INTO bff_club_customers AS k (club_id, user_id, booked_days, profile_created_at)
           SELECT d.club_id, d.user_id,
                  coalesce(range_agg(daterange(d.date, d.date, '[]')) FILTER (WHERE d.net > 0), '{}'::datemultirange),
                  (SELECT p.created_at FROM clients_clientprofile p WHERE p.user_id = d.user_id)
           FROM per_day d GROUP BY d.club_id, d.user_id ORDER BY d.club_id, d.user_id
           ON CONFLICT (club_id, user_id) DO UPDATE SET booked_days = k.booked_days + excluded.booked_days,
                                                        profile_created_at = excluded.profile_created_at)
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

CREATE OR REPLACE FUNCTION bff_rollup_profile_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    users bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.user_id) INTO users FROM bff_new_profiles n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(o.user_id) INTO users FROM bff_old_profiles o;
    ELSE
        SELECT array_agg(d.user_id) INTO users
        FROM ((SELECT o.user_id, o.created_at FROM bff_old_profiles o
               EXCEPT ALL SELECT n.user_id, n.created_at FROM bff_new_profiles n)
              UNION ALL
              (SELECT n.user_id, n.created_at FROM bff_new_profiles n
               EXCEPT ALL SELECT o.user_id, o.created_at FROM bff_old_profiles o)) d;
    END IF;
    IF users IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM bff_lock_customer_profiles(users, true);
    UPDATE bff_club_customers k SET profile_created_at = p.created_at
    FROM (SELECT u.user_id, (SELECT c.created_at FROM clients_clientprofile c WHERE c.user_id = u.user_id) AS created_at
          FROM (SELECT DISTINCT x AS user_id FROM unnest(users) AS x) u) p
    WHERE k.user_id = p.user_id AND k.profile_created_at IS DISTINCT FROM p.created_at;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION bff_rollup_profile_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE bff_club_customers SET profile_created_at = NULL WHERE profile_created_at IS NOT NULL;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS bff_rollup_profile_insert ON clients_clientprofile;
DROP TRIGGER IF EXISTS bff_rollup_profile_update ON clients_clientprofile;
DROP TRIGGER IF EXISTS bff_rollup_profile_delete ON clients_clientprofile;
DROP TRIGGER IF EXISTS bff_rollup_profile_truncate ON clients_clientprofile;
CREATE TRIGGER bff_rollup_profile_insert AFTER INSERT ON clients_clientprofile
    REFERENCING NEW TABLE AS bff_new_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_profile_changes();
CREATE TRIGGER bff_rollup_profile_update AFTER UPDATE ON clients_clientprofile
    REFERENCING OLD TABLE AS bff_old_profiles NEW TABLE AS bff_new_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_profile_changes();
CREATE TRIGGER bff_rollup_profile_delete AFTER DELETE ON clients_clientprofile
    REFERENCING OLD TABLE AS bff_old_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_profile_changes();
CREATE TRIGGER bff_rollup_profile_truncate AFTER TRUNCATE ON clients_clientprofile
    FOR EACH STATEMENT EXECUTE FUNCTION bff_rollup_profile_truncate();

UPDATE bff_club_customers k SET profile_created_at = p.created_at
FROM clients_clientprofile p WHERE p.user_id = k.user_id;
