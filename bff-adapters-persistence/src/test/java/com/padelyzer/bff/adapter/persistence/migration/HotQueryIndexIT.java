package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a reservations table large enough that the planner has a real choice, each hot query is served by its
 * {@code idx_bff_*} index; the two counting/board queries without touching the heap.
 */
class HotQueryIndexIT {

    private static final String CLUB = "'00000000-0000-4000-8000-000000000003'";
    private static final String COURT = "'00000000-0000-4000-8001-000000000017'";

    private static TestDatabase db;

    @BeforeAll
    static void load_two_hundred_thousand_reservations_over_twenty_clubs_and_a_year() {
        db = TestDatabase.createEmpty();
        db.migrate();
        db.execute("""
                INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, end_time,
                                                      status, total_price, created_by_id)
                SELECT '00000000-0000-4000-8000-0000000000ff',
                       ('00000000-0000-4000-8000-0000000000' || lpad(((g / 7) % 20)::text, 2, '0'))::uuid,
                       ('00000000-0000-4000-8001-0000000000' || lpad(((g / 7) % 20 * 4 + g % 4)::text, 2, '0'))::uuid,
                       DATE '2026-01-01' + (g / 13) % 365,
                       TIME '07:00' + (g % 14) * INTERVAL '1 hour', TIME '08:30' + (g % 14) * INTERVAL '1 hour',
                       (ARRAY['pending', 'confirmed', 'completed', 'cancelled', 'no_show'])[1 + g % 5], 450, g % 1000
                FROM generate_series(1, 200000) AS g""");
        db.execute("VACUUM ANALYZE reservations_reservation");
    }

    @Test
    void reads_one_club_day_board_with_an_index_only_scan_of_the_availability_index() {
        String plan = explain("SELECT court_id, start_time, end_time, status FROM reservations_reservation "
                + "WHERE club_id = " + CLUB + " AND date = DATE '2026-03-01' AND status IN ('pending', 'confirmed')");

        assertThat(plan).contains("Index Only Scan using idx_bff_reservations_availability");
    }

    @Test
    void counts_one_club_reservations_over_a_month_with_an_index_only_scan_of_the_analytics_index() {
        String plan = explain("SELECT date, count(*) FROM reservations_reservation WHERE club_id = " + CLUB
                + " AND status IN ('pending', 'confirmed', 'completed') AND date BETWEEN DATE '2026-02-01' AND DATE '2026-03-01' "
                + "GROUP BY date");

        assertThat(plan).contains("Index Only Scan using idx_bff_reservations_analytics");
    }

    @Test
    void finds_overlapping_live_reservations_of_one_court_through_the_partial_time_slots_index() {
        String plan = explain("SELECT id FROM reservations_reservation WHERE court_id = " + COURT
                + " AND date = DATE '2026-03-01' AND status IN ('pending', 'confirmed') "
                + "AND start_time < TIME '11:00' AND end_time > TIME '09:30'");

        assertThat(plan).contains("idx_bff_reservations_time_slots");
    }

    private static String explain(String query) {
        return String.join("\n", db.queryColumn("EXPLAIN " + query));
    }
}
