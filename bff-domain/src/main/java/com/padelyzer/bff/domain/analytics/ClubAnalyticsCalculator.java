package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.customer.CustomerCounter;
import com.padelyzer.bff.domain.occupancy.Occupancy;
import com.padelyzer.bff.domain.occupancy.OccupancyCalculator;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.revenue.RevenueEstimator;
import java.util.Currency;

/**
 * Computes occupancy, revenue and customers of one window from a snapshot of reservations or from bookings already
 * summed per window ({@link ClubBookingTotals}); both give the same figures. Pure.
 */
public final class ClubAnalyticsCalculator {

    private final OccupancyCalculator occupancy;
    private final RevenueEstimator revenue;
    private final CustomerCounter customers;

    public ClubAnalyticsCalculator(OccupancyCalculator occupancy, RevenueEstimator revenue, CustomerCounter customers) {
        this.occupancy = occupancy;
        this.revenue = revenue;
        this.customers = customers;
    }

    public static ClubAnalyticsCalculator standard() {
        return new ClubAnalyticsCalculator(new OccupancyCalculator(), new RevenueEstimator(), new CustomerCounter());
    }

    public WindowFigures figuresFor(ClubAnalyticsSnapshot snapshot, DateWindow window, Currency currency) {
        return new WindowFigures(window,
                occupancy.occupancy(window, snapshot.schedule(), snapshot.courts(), snapshot.reservations()),
                revenue.estimate(window, snapshot.reservations(), snapshot.courts(), currency),
                customers.count(window, snapshot.reservations(), snapshot.clientProfiles(), snapshot.club().zone()));
    }

    /** The same figures from bookings summed per window; {@code window} must be one of the loaded ones. */
    public WindowFigures figuresFor(ClubBookingTotals totals, DateWindow window, Currency currency) {
        WindowBookings bookings = totals.bookingsOf(window);
        return new WindowFigures(window,
                new Occupancy(bookings.reservations(), bookings.bookedMinutes(),
                        occupancy.availableMinutes(window, totals.schedule(), totals.courts())),
                bookings.revenue().money(currency),
                customers.count(window, bookings.activeCustomers(), bookings.surelyNewCustomers(),
                        bookings.activeCustomerProfiles(),
                        totals.club().zone()));
    }
}
