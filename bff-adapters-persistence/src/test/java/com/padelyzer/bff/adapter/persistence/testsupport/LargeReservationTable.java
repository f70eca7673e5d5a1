package com.padelyzer.bff.adapter.persistence.testsupport;

/**
 * A migrated database of its own holding 200,000 reservations over 20 clubs (4 courts each) and 2026, every status,
 * analysed: large enough that the planner prefers indexes, as on a real Padelyzer database. Created once per JVM
 * and shared by the plan tests, which only read it. Club {@code n} is {@code 00000000-0000-4000-8000-0000000000nn},
 * its courts {@code 00000000-0000-4000-8001-0000000000cc} with {@code cc = n * 4 + 0..3}.
 */
public final class LargeReservationTable {

    public static final String CLUB_3 = "00000000-0000-4000-8000-000000000003";
    public static final String COURT_13 = "00000000-0000-4000-8001-000000000013";

    private static TestDatabase database;

    private LargeReservationTable() {
    }

    public static synchronized TestDatabase database() {
        if (database == null) {
            TestDatabase db = TestDatabase.createEmpty();
            db.migrate();
            db.execute("""
                    INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time,
                                                          end_time, status, total_price, created_by_id)
                    SELECT '00000000-0000-4000-8000-0000000000ff',
                           ('00000000-0000-4000-8000-0000000000' || lpad(((g / 7) % 20)::text, 2, '0'))::uuid,
                           ('00000000-0000-4000-8001-0000000000' || lpad(((g / 7) % 20 * 4 + g % 4)::text, 2, '0'))::uuid,
                           DATE '2026-01-01' + (g / 13) % 365,
                           TIME '07:00' + (g % 14) * INTERVAL '1 hour', TIME '08:30' + (g % 14) * INTERVAL '1 hour',
                           (ARRAY['pending', 'confirmed', 'completed', 'cancelled', 'no_show'])[1 + g % 5], 450,
                           g % 1000
                    FROM generate_series(1, 200000) AS g""");
            // 5,000 blocked slots, 250 per club, two days each, over the same year (V9's index has a choice)
            db.execute("""
                    INSERT INTO reservations_blockedslot (organization_id, club_id, court_id, start_datetime,
                                                          end_datetime)
                    SELECT '00000000-0000-4000-8000-0000000000ff',
                           ('00000000-0000-4000-8000-0000000000' || lpad((g % 20)::text, 2, '0'))::uuid, NULL,
                           TIMESTAMPTZ '2026-01-01 08:00+00' + (g / 20) * INTERVAL '35 hours',
                           TIMESTAMPTZ '2026-01-03 08:00+00' + (g / 20) * INTERVAL '35 hours'
                    FROM generate_series(0, 4999) AS g""");
            db.execute("VACUUM ANALYZE reservations_reservation");
            db.execute("VACUUM ANALYZE reservations_blockedslot");
            database = db;
        }
        return database;
    }
}
