package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.LargeReservationTable;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a reservations table large enough that the planner has a real choice, each hot query is served by its
 * {@code idx_bff_*} index; the two counting/board queries without touching the heap.
 */
class HotQueryIndexIT {

    private static final String CLUB = "'" + LargeReservationTable.CLUB_3 + "'";
    private static final String COURT = "'00000000-0000-4000-8001-000000000017'"; // club 4's second court

    private static TestDatabase db;

    @BeforeAll
    static void use_two_hundred_thousand_reservations_over_twenty_clubs_and_a_year() {
        db = LargeReservationTable.database();
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
