package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.adapter.persistence.testsupport.LargeReservationTable;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.period.DateWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapters' own statements, explained with their parameters bound on a reservations table large enough that
 * the planner has a real choice, read reservations through the {@code idx_bff_*} index their WHERE clause is shaped for.
 */
class SnapshotStatementPlanIT {

    private static final ClubId CLUB = new ClubId(UUID.fromString(LargeReservationTable.CLUB_3));
    private static final CourtId COURT = new CourtId(UUID.fromString(LargeReservationTable.COURT_13));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static TestDatabase db;

    @BeforeAll
    static void use_two_hundred_thousand_reservations_over_twenty_clubs_and_a_year() {
        db = LargeReservationTable.database();
    }

    @Test
    void club_day_reads_the_days_reservations_through_a_club_leading_bff_index_never_a_sequential_scan() {
        // (club, date, status) and (club, status, date) serve the day equally well; the planner picks either
        assertThat(explain(ClubDayAdapter.selectClubDay(CLUB, DAY)))
                .containsAnyOf("idx_bff_reservations_availability", "idx_bff_reservations_analytics")
                .doesNotContain("Seq Scan on reservations_reservation");
    }

    @Test
    void club_day_reads_the_clubs_blocked_slots_through_the_blocked_slots_index_never_the_whole_table() {
        // V9 (docs/decisions/0023): before it, every availability statement read all of reservations_blockedslot
        assertThat(explain(ClubDayAdapter.selectClubDay(CLUB, DAY)))
                .contains("idx_bff_slots_blocked_club_end")
                .doesNotContain("Seq Scan on reservations_blockedslot");
    }

    @Test
    void court_day_reads_the_courts_reservations_through_the_time_slots_index() {
        assertThat(explain(ClubDayAdapter.selectCourtDay(COURT, DAY)))
                .contains("idx_bff_reservations_time_slots");
    }

    @Test
    void analytics_reads_the_counted_reservations_through_the_analytics_index() {
        assertThat(explain(ClubAnalyticsAdapter.select(CLUB, new DateWindow(LocalDate.of(2026, 2, 1), DAY))))
                .contains("idx_bff_reservations_analytics");
    }

    @Test
    void analytics_totals_of_a_year_and_the_year_before_read_the_rollups_by_club_and_never_a_reservation() {
        // V8's rollups: a day-sum row per club-day and a row per customer of the club (docs/decisions/0022), the
        // customer's profile creation on that row (V10, docs/decisions/0025)
        DateWindow year = AnalyticsPeriod.YEAR.windowEndingOn(LocalDate.of(2026, 12, 31));
        assertThat(explain(ClubAnalyticsAdapter.selectTotals(CLUB, List.of(year, year.previous()))))
                .contains("bff_reservation_day_sums_club_date", "bff_club_customers_pkey")
                .doesNotContain("reservations_reservation", "clients_clientprofile", "Seq Scan on bff_");
    }

    private static String explain(SqlFragment select) {
        List<Object> parameters = select.parameters();
        try (Connection connection = db.connect();
             PreparedStatement statement = connection.prepareStatement("EXPLAIN " + select.sql())) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1, value instanceof OffsetDateTime time
                        ? time.withOffsetSameInstant(ZoneOffset.UTC) : value);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed", e);
        }
    }
}
