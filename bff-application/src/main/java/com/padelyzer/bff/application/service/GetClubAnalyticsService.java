package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.ClubRef;
import com.padelyzer.bff.application.port.in.CustomersSection;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.OccupancySection;
import com.padelyzer.bff.application.port.in.RevenueSection;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.analytics.ClubBookingTotals;
import com.padelyzer.bff.domain.analytics.WindowFigures;
import com.padelyzer.bff.domain.comparison.Comparison;
import com.padelyzer.bff.domain.period.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Loads the club with its bookings summed per window in one port call, computes the current and previous windows
 * with the domain calculator and shapes the dashboard. The club-local "today" needs the club's zone, which comes
 * with the club, so without an asked end date the windows ending yesterday, today and tomorrow in UTC are all
 * loaded (every zone is within a day of UTC) and the zone picks one after (docs/decisions/0020).
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
        return snapshots.loadAnalyticsTotals(query.club(), windows(query, now))
                .map(totals -> shape(query, totals, now));
    }

    /** The current window, and the previous one when compared, for every end date the club's zone may give. */
    private static List<DateWindow> windows(GetClubAnalyticsQuery query, Instant now) {
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<LocalDate> lastDays = query.endDate() != null ? List.of(query.endDate())
                : List.of(utcToday.minusDays(1), utcToday, utcToday.plusDays(1));
        List<DateWindow> windows = new ArrayList<>();
        for (LocalDate lastDay : lastDays) {
            DateWindow window = query.period().windowEndingOn(lastDay);
            windows.add(window);
            if (query.comparePrevious()) {
                windows.add(window.previous());
            }
        }
        return windows;
    }

    private ClubAnalytics shape(GetClubAnalyticsQuery query, ClubBookingTotals totals, Instant now) {
        DateWindow window = query.period().windowEndingOn(query.endDate() != null ? query.endDate()
                : LocalDate.ofInstant(now, totals.club().zone()));
        WindowFigures current = calculator.figuresFor(totals, window, currency);
        WindowFigures previous = query.comparePrevious()
                ? calculator.figuresFor(totals, window.previous(), currency) : null;
        return new ClubAnalytics(query.period(), window.start(), window.end(), now,
                new ClubRef(totals.club().id(), totals.club().name()),
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
