-- What this service adds to the Padelyzer tables (SCHEMA.md marks them "ours"). Idempotent, so it is
-- harmless on a Padelyzer database that later gains the same objects.

CREATE TABLE IF NOT EXISTS clubs_clubmembership (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    bigint      NOT NULL,
    club_id    uuid        NOT NULL,
    role       varchar(20) NOT NULL,
    is_active  boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT clubs_clubmembership_user_club_key UNIQUE (user_id, club_id),
    CONSTRAINT clubs_clubmembership_role_check CHECK (role IN ('owner', 'admin', 'staff', 'member'))
);

-- null means the service-wide BFF_TIMEZONE
ALTER TABLE clubs_club ADD COLUMN IF NOT EXISTS timezone varchar(50) NULL;

-- shifts this court's slot grid (staggered starts); less than the longest slot of four hours
ALTER TABLE clubs_court ADD COLUMN IF NOT EXISTS slot_offset_minutes integer NOT NULL DEFAULT 0;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                   WHERE conname = 'clubs_court_slot_offset_minutes_check'
                     AND conrelid = 'clubs_court'::regclass) THEN
        ALTER TABLE clubs_court ADD CONSTRAINT clubs_court_slot_offset_minutes_check
            CHECK (slot_offset_minutes BETWEEN 0 AND 239);
    END IF;
END
$$;
