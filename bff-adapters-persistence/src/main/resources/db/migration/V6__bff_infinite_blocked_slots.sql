-- A blocked slot from '-infinity' or to 'infinity' (PostgreSQL accepts both in timestamptz, and the main system may
-- write them for "until further notice") made V4/V5's payload builder fail with "cannot subtract infinite dates",
-- and with it the main system's own INSERT or UPDATE (docs/decisions/0019-hostile-data.md). A range with an infinite
-- end now evicts the whole club, as a range longer than 31 days already did.
--
-- Otherwise exactly V5: only this payload builder is replaced; the triggers name functions, not their bodies, so
-- none is dropped, no table is locked, and the script can run again (and on an existing Padelyzer database).

SET LOCAL client_min_messages = warning;

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
    -- clubs[i], first_days[i], last_days[i] are distinct ranges; CASE tests the infinite ends before subtracting
    PERFORM pg_notify('bff_changes', payload)
    FROM (SELECT DISTINCT
                 CASE WHEN NOT (isfinite(first_day) AND isfinite(last_day))
                      THEN format('{"t":"club","club":"%s","at":%s}', club, written_at)
                      WHEN count(*) OVER (PARTITION BY club) > 31 OR last_day - first_day > 31
                      THEN format('{"t":"club","club":"%s","at":%s}', club, written_at)
                      ELSE format('{"t":"blocked","club":"%s","from":"%s","to":"%s","at":%s}', club,
                                  to_char(first_day, 'YYYY-MM-DD'), to_char(last_day, 'YYYY-MM-DD'), written_at)
                 END AS payload
          FROM unnest(clubs, first_days, last_days) AS changed (club, first_day, last_day)) AS notifications;
END
$$;
