package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.ClubRef;
import com.padelyzer.bff.application.port.in.CustomersSection;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.OccupancySection;
import com.padelyzer.bff.application.port.in.RevenueSection;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.analytics.WindowFigures;
import com.padelyzer.bff.domain.comparison.Comparison;
import com.padelyzer.bff.domain.period.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

/**
 * Loads one snapshot covering the current and previous windows, computes both with the domain calculator and
 * shapes the dashboard. The club-local "today" needs the club's zone, which comes with the snapshot, so the
 * loaded dates are widened by one day each side (every zone is within a day of UTC) and filtered exactly after.
 */
public final class GetClubAnalyticsService implements GetClubAnalyticsUseCase {

    static final String REVENUE_SOURCE = "reservations";
    static final String REVENUE_NOTE = "Estimated from confirmed and completed reservations: total price when set, "
            + "else hourly price (the reservation's, else the court's) × duration";

    private final LoadClubAnalyticsSnapshotPort snapshots;
    private final ClubAnalyticsCalculator calculator;
    private final Currency currency;
    private final Clock clock;

    public GetClubAnalyticsService(LoadClubAnalyticsSnapshotPort snapshots, ClubAnalyticsCalculator calculator,
                                   Currency currency, Clock clock) {
        this.snapshots = snapshots;
        this.calculator = calculator;
        this.currency = currency;
        this.clock = clock;
    }

    @Override
    public Optional<ClubAnalytics> getClubAnalytics(GetClubAnalyticsQuery query) {
        Instant now = clock.instant();
        LocalDate lastDay = query.endDate() != null ? query.endDate() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        int days = query.period().days();
        DateWindow dates = new DateWindow(lastDay.minusDays(2L * days), lastDay.plusDays(1));
        return snapshots.loadAnalyticsSnapshot(query.club(), dates).map(snapshot -> shape(query, snapshot, now));
    }

    private ClubAnalytics shape(GetClubAnalyticsQuery query, ClubAnalyticsSnapshot snapshot, Instant now) {
        DateWindow window = query.period().windowEndingOn(query.endDate() != null ? query.endDate()
                : LocalDate.ofInstant(now, snapshot.club().zone()));
        WindowFigures current = calculator.figuresFor(snapshot, window, currency);
        WindowFigures previous = query.comparePrevious()
                ? calculator.figuresFor(snapshot, window.previous(), currency) : null;
        return new ClubAnalytics(query.period(), window.start(), window.end(), now,
                new ClubRef(snapshot.club().id(), snapshot.club().name()),
                query.includeOccupancy() ? occupancy(current, previous) : null,
                query.includeCustomers() ? customers(current, previous) : null,
                query.includeRevenue() ? revenue(current, previous) : null);
    }

    private static OccupancySection occupancy(WindowFigures current, WindowFigures previous) {
        var occupancy = current.occupancy();
        Comparison comparison = previous == null ? null
                : Comparison.between(occupancy.rate(), previous.occupancy().rate());
        return new OccupancySection(occupancy.totalReservations(), occupancy.bookedHours(),
                occupancy.availableHours(), occupancy.totalSlots(), occupancy.roundedRate(), comparison);
    }

    private static CustomersSection customers(WindowFigures current, WindowFigures previous) {
        Comparison comparison = previous == null ? null
                : Comparison.between(current.customers().active(), previous.customers().active());
        return new CustomersSection(current.customers().active(), current.customers().newCustomers(), comparison);
    }

    private static RevenueSection revenue(WindowFigures current, WindowFigures previous) {
        Comparison comparison = previous == null ? null
                : Comparison.between(current.revenue().amount(), previous.revenue().amount());
        return new RevenueSection(current.revenue().rounded(), current.revenue().currency(),
                REVENUE_SOURCE, REVENUE_NOTE, comparison);
    }
}
