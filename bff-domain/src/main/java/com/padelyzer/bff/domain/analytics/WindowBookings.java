package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.customer.CustomerCounter;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.revenue.RevenueEstimator;
import com.padelyzer.bff.domain.user.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The counted reservations of one window, already summed: how many, their minutes, the two revenue sums, how many
 * distinct customers booked them, how many of those are new in every zone ({@code surelyNewCustomers}: profile
 * created more than a day inside both ends of the window in UTC, see {@link CustomerCounter#surelyInside}), and the
 * client profiles of the other active customers that may be new (created near the window: the club's zone decides).
 * Its size does not grow with the bookings.
 */
public record WindowBookings(DateWindow window, long reservations, long bookedMinutes, RevenueEstimator.Sums revenue,
                             long activeCustomers, long surelyNewCustomers, List<ClientProfile> activeCustomerProfiles) {
    public WindowBookings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(revenue, "revenue");
        activeCustomerProfiles = List.copyOf(Objects.requireNonNull(activeCustomerProfiles, "activeCustomerProfiles"));
        if (reservations < 0 || bookedMinutes < 0 || activeCustomers < 0 || surelyNewCustomers < 0) {
            throw new IllegalArgumentException("booking figures cannot be negative");
        }
    }

    /**
     * The same sums over loaded reservations, by the domain's own rules (for adapters that load every one): no
     * customer counted as surely new, every active customer's profile left to the zone.
     */
    public static WindowBookings of(DateWindow window, List<Reservation> reservations, List<Court> courts,
                                    List<ClientProfile> profiles) {
        long count = 0;
        long minutes = 0;
        Set<UserId> active = new HashSet<>();
        for (Reservation reservation : reservations) {
            if (reservation.isCounted() && window.contains(reservation.date())) {
                count++;
                minutes += reservation.durationMinutes();
                reservation.creator().ifPresent(active::add);
            }
        }
        return new WindowBookings(window, count, minutes, new RevenueEstimator().sums(window, reservations, courts),
                active.size(), 0, profiles.stream().filter(profile -> active.contains(profile.userId())).toList());
    }
}
