package com.padelyzer.bff.application.service;

import static com.padelyzer.bff.domain.fixtures.Reservations.sold;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.fakes.InMemoryAnalyticsSnapshots;
import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.comparison.Comparison;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.revenue.Money;
import com.padelyzer.bff.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetClubAnalyticsServiceTest {

    /** 21:00 on Tuesday 1 December in Mexico City, already 2 December in UTC. */
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final UserId ANA = new UserId(1);
    private static final UserId BEA = new UserId(2);
    private static final UserId CARLOS = new UserId(3);

    private final Club club = Clubs.club();
    private final Court a = Courts.court(club, "400", 0);
    private final Court b = Courts.court(club, "400", 0);
    private final InMemoryAnalyticsSnapshots snapshots = new InMemoryAnalyticsSnapshots().with(
            new ClubAnalyticsSnapshot(club, Clubs.defaultSchedule(club), List.of(a, b), List.of(
                    sold(ANA, a, LocalDate.of(2026, 12, 1), "10:00", "11:30", null, "0"),      // 90 min, 600
                    sold(BEA, b, LocalDate.of(2026, 11, 25), "18:00", "19:00", null, "550"),   // 60 min, 550
                    sold(ANA, a, LocalDate.of(2026, 11, 28), "09:00", "10:00", "300", "0"),    // 60 min, 300
                    Reservations.reservation(a, LocalDate.of(2026, 11, 30), "09:00", "12:00",
                            ReservationStatus.CANCELLED),
                    sold(new UserId(4), a, LocalDate.of(2026, 12, 2), "09:00", "10:00", null, "999"), // club's tomorrow
                    sold(CARLOS, b, LocalDate.of(2026, 11, 20), "10:00", "12:00", null, "800")), // previous week
                    List.of(new ClientProfile(ANA, Instant.parse("2025-03-01T12:00:00Z")),
                            new ClientProfile(BEA, Instant.parse("2026-11-26T12:00:00Z")))));
    private final GetClubAnalyticsService service = new GetClubAnalyticsService(snapshots,
            ClubAnalyticsCalculator.standard(), Money.MXN, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Comparison comparison(String previous, String change, String percent) {
        return new Comparison(new BigDecimal(previous), new BigDecimal(change), new BigDecimal(percent));
    }

    @Test
    void computes_the_week_ending_on_the_club_local_today_against_the_week_before() {
        GetClubAnalyticsQuery week = new GetClubAnalyticsQuery(club.id(), AnalyticsPeriod.WEEK, true, true, true, true);
        ClubAnalytics analytics = service.getClubAnalytics(week).orElseThrow();

        assertThat(analytics.startDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(analytics.endDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(analytics.generatedAt()).isEqualTo(NOW);
        assertThat(analytics.club().name()).isEqualTo(club.name());
        // 7 days × 840 min × 2 courts = 11760 min; booked 210 min → 1.7857 %; previous 120 min → 1.0204 %
        var occupancy = analytics.occupancySection().orElseThrow();
        assertThat(occupancy.totalReservations()).isEqualTo(3);
        assertThat(occupancy.bookedHours()).isEqualByComparingTo("3.5");
        assertThat(occupancy.availableHours()).isEqualByComparingTo("196");
        assertThat(occupancy.totalSlots()).isEqualTo(196);
        assertThat(occupancy.occupancyRate()).isEqualByComparingTo("1.79");
        assertThat(occupancy.comparison()).isEqualTo(comparison("1.02", "0.77", "75.00"));
        var customers = analytics.customersSection().orElseThrow();
        assertThat(customers.activeCustomers()).isEqualTo(2);
        assertThat(customers.newCustomers()).isEqualTo(1);
        assertThat(customers.comparison()).isEqualTo(comparison("1.00", "1.00", "100.00"));
        var revenue = analytics.revenueSection().orElseThrow();
        assertThat(revenue.estimatedTotal()).isEqualByComparingTo("1450.00");
        assertThat(revenue.currency()).isEqualTo(Currency.getInstance("MXN"));
        assertThat(revenue.source()).isEqualTo("reservations");
        assertThat(revenue.comparison()).isEqualTo(comparison("800.00", "650.00", "81.25"));
    }

    @Test
    void loads_dates_covering_both_windows_whatever_the_club_zone() {
        service.getClubAnalytics(GetClubAnalyticsQuery.defaults(club.id()));
        DateWindow requested = snapshots.lastRequested();
        assertThat(requested.start()).isBeforeOrEqualTo(LocalDate.of(2026, 12, 1).minusDays(59));
        assertThat(requested.end()).isAfterOrEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void ends_the_windows_on_the_date_the_query_names_and_loads_the_dates_around_it() {
        GetClubAnalyticsQuery week = new GetClubAnalyticsQuery(club.id(), AnalyticsPeriod.WEEK, true, true, true, true)
                .endingOn(LocalDate.of(2026, 11, 30));

        ClubAnalytics analytics = service.getClubAnalytics(week).orElseThrow();

        assertThat(analytics.startDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(analytics.endDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(snapshots.lastRequested().start()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(snapshots.lastRequested().end()).isAfterOrEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void leaves_out_sections_and_comparisons_not_asked_for() {
        GetClubAnalyticsQuery query = new GetClubAnalyticsQuery(club.id(), AnalyticsPeriod.MONTH, false, true, false,
                false);
        ClubAnalytics analytics = service.getClubAnalytics(query).orElseThrow();
        assertThat(analytics.revenueSection()).isEmpty();
        assertThat(analytics.customersSection()).isEmpty();
        assertThat(analytics.occupancySection()).get().extracting("comparison").isNull();
        assertThat(analytics.startDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void answers_nothing_for_an_unknown_club() {
        assertThat(service.getClubAnalytics(GetClubAnalyticsQuery.defaults(new ClubId(UUID.randomUUID())))).isEmpty();
    }
}
