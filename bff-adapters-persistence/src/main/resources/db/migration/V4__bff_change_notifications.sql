-- Event-driven cache invalidation (SPEC §6, docs/decisions/0013-change-notifications.md): after every statement
-- that writes a table an answer depends on, one NOTIFY on channel bff_changes per distinct thing it touched. The
-- service LISTENs on one connection of its own and evicts exactly the affected keys.
--
-- Statement-level triggers with transition tables (REFERENCING NEW/OLD TABLE), so a bulk write of the main system
-- pays one trigger call and one DISTINCT over the changed rows, not one call per row. PostgreSQL allows transition
-- tables only on single-event triggers, hence one trigger per INSERT, UPDATE and DELETE; TRUNCATE (no transition
-- table) notifies coarsely. Identical payloads within one transaction reach listeners once.
--
-- Payloads (compact JSON text, at most ~100 bytes; the listener maps them to DataChange):
--   {"t":"reservation","club":"<uuid>","date":"YYYY-MM-DD"}            ReservationChanged
--   {"t":"blocked","club":"<uuid>","from":"YYYY-MM-DD","to":"YYYY-MM-DD"} BlockedSlotChanged (to - from <= 31 days)
--   {"t":"club","club":"<uuid>"}                                        ClubChanged
--   {"t":"user","user":42}                                              UserChanged
--   {"t":"users"}                                                       EveryUserChanged
--   {"t":"dashboards"}                                                  EveryDashboardChanged
--   {"t":"everything"}                                                  EverythingChanged
--
-- What each table notifies (old and new rows of an UPDATE; a statement that changed no row notifies nothing):
--   reservations_reservation                reservation per distinct (club_id, date)
--   reservations_blockedslot                blocked per distinct (club_id, UTC date of start - 1, of end + 1);
--                                           club when that spans more than 32 dates
--   clubs_court, clubs_schedule             club (club_id)
--   clubs_club                              club (id), and user for each member of the club and of its organization
--   clubs_clubmembership,
--   authentication_organizationmembership   user (user_id)
--   authentication_user                     user (id); an UPDATE of last_login alone too (it is in the auth context)
--   authentication_blacklistedtoken         user (user_id); users when user_id is null
--   root_organization                       users (its names are in every member's auth context)
--   clients_clientprofile                   dashboards (new customers of any club)
--   TRUNCATE                                everything (reservation and club tables), users, dashboards
-- Coarsening within one statement: more than 31 distinct dates (or blocked ranges) of one club become that club;
-- more than 50 distinct users become every user.
--
-- Safe on an existing Padelyzer database (only V2+ run there, decision 0002): CREATE OR REPLACE FUNCTION and
-- DROP TRIGGER IF EXISTS / CREATE TRIGGER. Needs PostgreSQL 11+ (EXECUTE FUNCTION). CREATE TRIGGER takes a
-- SHARE ROW EXCLUSIVE lock on each table until commit; the lock time-out makes the migration fail (start again to
-- retry) rather than queue behind a long transaction of the main system while blocking its writes.

SET LOCAL lock_timeout = '10s';
SET LOCAL client_min_messages = warning;  -- no NOTICE per DROP TRIGGER IF EXISTS that finds nothing

-- payload builders ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION bff_notify_club_days(clubs uuid[], days date[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    -- clubs[i], days[i] are distinct pairs
    PERFORM pg_notify('bff_changes', payload)
    FROM (SELECT DISTINCT
                 CASE WHEN count(*) OVER (PARTITION BY club) > 31
                      THEN format('{"t":"club","club":"%s"}', club)
                      ELSE format('{"t":"reservation","club":"%s","date":"%s"}', club, to_char(day, 'YYYY-MM-DD'))
                 END AS payload
          FROM unnest(clubs, days) AS changed (club, day)) AS notifications;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_blocked_ranges(clubs uuid[], first_days date[], last_days date[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    -- clubs[i], first_days[i], last_days[i] are distinct ranges
    PERFORM pg_notify('bff_changes', payload)
    FROM (SELECT DISTINCT
                 CASE WHEN count(*) OVER (PARTITION BY club) > 31 OR last_day - first_day > 31
                      THEN format('{"t":"club","club":"%s"}', club)
                      ELSE format('{"t":"blocked","club":"%s","from":"%s","to":"%s"}', club,
                                  to_char(first_day, 'YYYY-MM-DD'), to_char(last_day, 'YYYY-MM-DD'))
                 END AS payload
          FROM unnest(clubs, first_days, last_days) AS changed (club, first_day, last_day)) AS notifications;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_clubs(clubs uuid[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('bff_changes', format('{"t":"club","club":"%s"}', club))
    FROM (SELECT DISTINCT club FROM unnest(clubs) AS changed (club) WHERE club IS NOT NULL) AS notifications;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_users(users bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    -- a null user (a blacklisted token without user_id) or more than 50 users: every user
    IF EXISTS (SELECT 1 FROM unnest(users) AS changed (id) WHERE id IS NULL)
       OR (SELECT count(DISTINCT id) FROM unnest(users) AS changed (id)) > 50 THEN
        PERFORM pg_notify('bff_changes', '{"t":"users"}');
    ELSE
        PERFORM pg_notify('bff_changes', format('{"t":"user","user":%s}', id))
        FROM (SELECT DISTINCT id FROM unnest(users) AS changed (id)) AS notifications;
    END IF;
END
$$;

-- one trigger function per table: picks the changed rows of this statement (new, old or both), reduces them to
-- distinct keys, and hands those to a payload builder. A branch only names the transition tables its event has.
-- An UPDATE reduces each side before the UNION: a UNION of the raw sides sorts every row twice over (on disk for a
-- bulk update; measured 2x slower on 200,000 rows).

CREATE OR REPLACE FUNCTION bff_notify_reservation_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    clubs uuid[];
    days  date[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(club_id), array_agg(date) INTO clubs, days
        FROM (SELECT DISTINCT club_id, date FROM bff_new_rows) AS changed;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(club_id), array_agg(date) INTO clubs, days
        FROM (SELECT DISTINCT club_id, date FROM bff_old_rows) AS changed;
    ELSE
        SELECT array_agg(club_id), array_agg(date) INTO clubs, days
        FROM (SELECT DISTINCT club_id, date FROM bff_new_rows
              UNION
              SELECT DISTINCT club_id, date FROM bff_old_rows) AS changed;
    END IF;
    PERFORM bff_notify_club_days(clubs, days);
    RETURN NULL;
END
$$;

-- a block's start and end as UTC dates, widened by one day each side: every club's zone is within a day of UTC
CREATE OR REPLACE FUNCTION bff_notify_blocked_slot_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    clubs      uuid[];
    first_days date[];
    last_days  date[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(club_id), array_agg(first_day), array_agg(last_day) INTO clubs, first_days, last_days
        FROM (SELECT DISTINCT club_id, (start_datetime AT TIME ZONE 'UTC')::date - 1 AS first_day,
                              (end_datetime AT TIME ZONE 'UTC')::date + 1 AS last_day
              FROM bff_new_rows) AS changed;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(club_id), array_agg(first_day), array_agg(last_day) INTO clubs, first_days, last_days
        FROM (SELECT DISTINCT club_id, (start_datetime AT TIME ZONE 'UTC')::date - 1 AS first_day,
                              (end_datetime AT TIME ZONE 'UTC')::date + 1 AS last_day
              FROM bff_old_rows) AS changed;
    ELSE
        SELECT array_agg(club_id), array_agg(first_day), array_agg(last_day) INTO clubs, first_days, last_days
        FROM (SELECT DISTINCT club_id, (start_datetime AT TIME ZONE 'UTC')::date - 1 AS first_day,
                              (end_datetime AT TIME ZONE 'UTC')::date + 1 AS last_day
              FROM bff_new_rows
              UNION
              SELECT DISTINCT club_id, (start_datetime AT TIME ZONE 'UTC')::date - 1,
                              (end_datetime AT TIME ZONE 'UTC')::date + 1
              FROM bff_old_rows) AS changed;
    END IF;
    PERFORM bff_notify_blocked_ranges(clubs, first_days, last_days);
    RETURN NULL;
END
$$;

-- clubs_court and clubs_schedule: the club
CREATE OR REPLACE FUNCTION bff_notify_club_part_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM bff_notify_clubs(ARRAY(SELECT DISTINCT club_id FROM bff_new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM bff_notify_clubs(ARRAY(SELECT DISTINCT club_id FROM bff_old_rows));
    ELSE
        PERFORM bff_notify_clubs(ARRAY(SELECT DISTINCT club_id FROM bff_new_rows
                                       UNION
                                       SELECT DISTINCT club_id FROM bff_old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- clubs_club: the club, and the auth contexts of its members and of its organization's members (club names appear
-- in them); more than 50 such users become every user
CREATE OR REPLACE FUNCTION bff_notify_club_row_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    clubs         uuid[];
    organizations uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT id), array_agg(DISTINCT organization_id) INTO clubs, organizations
        FROM bff_new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT id), array_agg(DISTINCT organization_id) INTO clubs, organizations
        FROM bff_old_rows;
    ELSE
        SELECT array_agg(DISTINCT id), array_agg(DISTINCT organization_id) INTO clubs, organizations
        FROM (SELECT id, organization_id FROM bff_new_rows
              UNION ALL
              SELECT id, organization_id FROM bff_old_rows) AS changed;
    END IF;
    PERFORM bff_notify_clubs(clubs);
    PERFORM bff_notify_users(ARRAY(
        SELECT user_id
        FROM (SELECT user_id FROM clubs_clubmembership WHERE club_id = ANY (clubs)
              UNION
              SELECT user_id FROM authentication_organizationmembership WHERE organization_id = ANY (organizations)
             ) AS members
        LIMIT 51));
    RETURN NULL;
END
$$;

-- clubs_clubmembership, authentication_organizationmembership, authentication_blacklistedtoken: the user_id
CREATE OR REPLACE FUNCTION bff_notify_user_id_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT user_id FROM bff_new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT user_id FROM bff_old_rows));
    ELSE
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT user_id FROM bff_new_rows
                                       UNION
                                       SELECT DISTINCT user_id FROM bff_old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- authentication_user: the user (last_login included: it is part of the auth context)
CREATE OR REPLACE FUNCTION bff_notify_user_row_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT id FROM bff_new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT id FROM bff_old_rows));
    ELSE
        PERFORM bff_notify_users(ARRAY(SELECT DISTINCT id FROM bff_new_rows
                                       UNION
                                       SELECT DISTINCT id FROM bff_old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- root_organization (its names are in every member's auth context) and clients_clientprofile (new customers of any
-- club): one fixed payload, the trigger's argument, when the statement changed a row
CREATE OR REPLACE FUNCTION bff_notify_fixed_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changed boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        changed := EXISTS (SELECT 1 FROM bff_new_rows);
    ELSE
        changed := EXISTS (SELECT 1 FROM bff_old_rows);
    END IF;
    IF changed THEN
        PERFORM pg_notify('bff_changes', TG_ARGV[0]);
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE of any watched table (no transition table exists for it): the trigger's argument
CREATE OR REPLACE FUNCTION bff_notify_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('bff_changes', TG_ARGV[0]);
    RETURN NULL;
END
$$;

-- the triggers ---------------------------------------------------------------------------------------------------

DO
$$
DECLARE
    watched record;
BEGIN
    FOR watched IN
        SELECT * FROM (VALUES
            ('reservations_reservation',              'bff_notify_reservation_changes()',  '{"t":"everything"}'),
            ('reservations_blockedslot',              'bff_notify_blocked_slot_changes()', '{"t":"everything"}'),
            ('clubs_court',                           'bff_notify_club_part_changes()',    '{"t":"everything"}'),
            ('clubs_schedule',                        'bff_notify_club_part_changes()',    '{"t":"everything"}'),
            ('clubs_club',                            'bff_notify_club_row_changes()',     '{"t":"everything"}'),
            ('clubs_clubmembership',                  'bff_notify_user_id_changes()',      '{"t":"users"}'),
            ('authentication_organizationmembership', 'bff_notify_user_id_changes()',      '{"t":"users"}'),
            ('authentication_blacklistedtoken',       'bff_notify_user_id_changes()',      '{"t":"users"}'),
            ('authentication_user',                   'bff_notify_user_row_changes()',     '{"t":"users"}'),
            ('root_organization',
             'bff_notify_fixed_changes(''{"t":"users"}'')',                                '{"t":"users"}'),
            ('clients_clientprofile',
             'bff_notify_fixed_changes(''{"t":"dashboards"}'')',                           '{"t":"dashboards"}')
        ) AS tables (name, function_call, truncate_payload)
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS bff_changes_insert ON %I', watched.name);
        EXECUTE format('DROP TRIGGER IF EXISTS bff_changes_update ON %I', watched.name);
        EXECUTE format('DROP TRIGGER IF EXISTS bff_changes_delete ON %I', watched.name);
        EXECUTE format('DROP TRIGGER IF EXISTS bff_changes_truncate ON %I', watched.name);
        EXECUTE format('CREATE TRIGGER bff_changes_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS bff_new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %s', watched.name, watched.function_call);
        EXECUTE format('CREATE TRIGGER bff_changes_update AFTER UPDATE ON %I '
                       'REFERENCING OLD TABLE AS bff_old_rows NEW TABLE AS bff_new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %s', watched.name, watched.function_call);
        EXECUTE format('CREATE TRIGGER bff_changes_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS bff_old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %s', watched.name, watched.function_call);
        EXECUTE format('CREATE TRIGGER bff_changes_truncate AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bff_notify_truncate(%L)',
                       watched.name, watched.truncate_payload);
    END LOOP;
END
$$;
