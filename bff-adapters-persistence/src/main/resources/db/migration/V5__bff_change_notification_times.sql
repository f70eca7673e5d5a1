-- Commit-to-eviction latency (docs/decisions/0016-prometheus-metrics.md): every bff_changes payload of V4 also
-- carries "at", epoch milliseconds of the writing transaction's first notifying trigger by the database's clock:
--   {"t":"reservation","club":"<uuid>","date":"YYYY-MM-DD","at":1733050000123}
-- The service measures from it to the end of the eviction (timer bff.cache.eviction.latency). At most ~120 bytes.
--
-- One time per transaction, not per statement: PostgreSQL delivers identical payloads of one transaction once, and
-- V4 relies on it (several statements touching the same date cost one eviction). The first trigger call of a
-- transaction takes clock_timestamp() and keeps it in a transaction-local setting; later statements reuse it, so
-- their payloads stay identical. The figure therefore runs from the first watched write of the transaction, which for
-- the usual one-statement transaction is its commit give or take the trigger itself.
--
-- Otherwise exactly V4: the same payloads, coarsening and triggers. Only the payload builders and the two fixed-payload
-- functions are replaced; the triggers name functions, not their bodies, so none is dropped, no table is locked, and
-- the script can run again (and on an existing Padelyzer database after V4, decision 0002).

SET LOCAL client_min_messages = warning;

-- the current transaction's time, taken by its first call
CREATE OR REPLACE FUNCTION bff_changes_written_at() RETURNS text
    LANGUAGE plpgsql AS
$$
DECLARE
    written_at text := current_setting('bff.changes_written_at', true);
BEGIN
    -- null before any transaction set it in this session, '' after one that did has ended
    IF written_at IS NULL OR written_at = '' THEN
        written_at := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint::text;
        PERFORM set_config('bff.changes_written_at', written_at, true);
    END IF;
    RETURN written_at;
END
$$;

-- payload builders: as V4, each payload ending in ,"at":<ms> -----------------------------------------------------

CREATE OR REPLACE FUNCTION bff_notify_club_days(clubs uuid[], days date[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    written_at text;
BEGIN
    IF clubs IS NULL OR cardinality(clubs) = 0 THEN
        RETURN;  -- the statement changed no row: nothing to notify, and no time taken for the transaction
    END IF;
    written_at := bff_changes_written_at();
    -- clubs[i], days[i] are distinct pairs
    PERFORM pg_notify('bff_changes', payload)
    FROM (SELECT DISTINCT
                 CASE WHEN count(*) OVER (PARTITION BY club) > 31
                      THEN format('{"t":"club","club":"%s","at":%s}', club, written_at)
                      ELSE format('{"t":"reservation","club":"%s","date":"%s","at":%s}', club,
                                  to_char(day, 'YYYY-MM-DD'), written_at)
                 END AS payload
          FROM unnest(clubs, days) AS changed (club, day)) AS notifications;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_blocked_ranges(clubs uuid[], first_days date[], last_days date[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    written_at text;
BEGIN
    IF clubs IS NULL OR cardinality(clubs) = 0 THEN
        RETURN;
    END IF;
    written_at := bff_changes_written_at();
    -- clubs[i], first_days[i], last_days[i] are distinct ranges
    PERFORM pg_notify('bff_changes', payload)
    FROM (SELECT DISTINCT
                 CASE WHEN count(*) OVER (PARTITION BY club) > 31 OR last_day - first_day > 31
                      THEN format('{"t":"club","club":"%s","at":%s}', club, written_at)
                      ELSE format('{"t":"blocked","club":"%s","from":"%s","to":"%s","at":%s}', club,
                                  to_char(first_day, 'YYYY-MM-DD'), to_char(last_day, 'YYYY-MM-DD'), written_at)
                 END AS payload
          FROM unnest(clubs, first_days, last_days) AS changed (club, first_day, last_day)) AS notifications;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_clubs(clubs uuid[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    written_at text;
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(clubs) AS changed (club) WHERE club IS NOT NULL) THEN
        written_at := bff_changes_written_at();
        PERFORM pg_notify('bff_changes', format('{"t":"club","club":"%s","at":%s}', club, written_at))
        FROM (SELECT DISTINCT club FROM unnest(clubs) AS changed (club) WHERE club IS NOT NULL) AS notifications;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_users(users bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    written_at text;
BEGIN
    IF users IS NULL OR cardinality(users) = 0 THEN
        RETURN;
    END IF;
    written_at := bff_changes_written_at();
    -- a null user (a blacklisted token without user_id) or more than 50 users: every user
    IF EXISTS (SELECT 1 FROM unnest(users) AS changed (id) WHERE id IS NULL)
       OR (SELECT count(DISTINCT id) FROM unnest(users) AS changed (id)) > 50 THEN
        PERFORM pg_notify('bff_changes', format('{"t":"users","at":%s}', written_at));
    ELSE
        PERFORM pg_notify('bff_changes', format('{"t":"user","user":%s,"at":%s}', id, written_at))
        FROM (SELECT DISTINCT id FROM unnest(users) AS changed (id)) AS notifications;
    END IF;
END
$$;

-- the fixed payloads (the trigger's argument, as V4 created the triggers) with the time added before the closing }

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
        PERFORM pg_notify('bff_changes', left(TG_ARGV[0], -1) || ',"at":' || bff_changes_written_at() || '}');
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION bff_notify_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('bff_changes', left(TG_ARGV[0], -1) || ',"at":' || bff_changes_written_at() || '}');
    RETURN NULL;
END
$$;
