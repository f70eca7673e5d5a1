package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a running context the scheduled compaction (ReservationDaySumsCompaction, every
 * {@code bff.analytics.rollup-compaction-interval}) folds the day-sum rows that separate booking statements added for
 * one club-day into one, keeping the sums (docs/decisions/0022-analytics-rollups.md).
 */
@MicronautTest(startApplication = false, transactional = false)
class ScheduledRollupCompactionIT extends PostgresBackedTest {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("bff.analytics.rollup-compaction-interval", "200ms");
    }

    @Test
    void folds_the_rows_of_three_booking_statements_into_one_row_of_their_sums() throws InterruptedException {
        UUID organization = fixtures.organization("Compaction " + Fixtures.unique());
        UUID club = fixtures.club(organization, true, "Europe/Madrid");
        UUID court = fixtures.court(club, organization, 1, true, false, "400.00");
        fixtures.reservation(club, organization, court, 11L, "2026-11-20", "09:00", "10:30", "confirmed", true);
        fixtures.reservation(club, organization, court, 12L, "2026-11-20", "10:30", "12:00", "completed", true);
        fixtures.reservation(club, organization, court, 13L, "2026-11-20", "12:00", "13:00", "cancelled", true);
        String rowsOfTheDay = "SELECT count(*) || ' ' || bool_or(pending) || ' ' || sum(reservations) || ' ' "
                + "|| sum(minutes) FROM bff_reservation_day_sums WHERE club_id = '" + club + "'";

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!db.queryColumn(rowsOfTheDay).get(0).startsWith("1 false") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(db.queryColumn(rowsOfTheDay)).containsExactly("1 false 2 180");
    }
}
