package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
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
 * distinct customers booked them, and the client profiles of those customers that were created near the window
 * (a superset of the new ones: the club's zone decides which are inside). Its size does not grow with the bookings.
 */
public record WindowBookings(DateWindow window, long reservations, long bookedMinutes, RevenueEstimator.Sums revenue,
                             long activeCustomers, List<ClientProfile> activeCustomerProfiles) {
    public WindowBookings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(revenue, "revenue");
        activeCustomerProfiles = List.copyOf(Objects.requireNonNull(activeCustomerProfiles, "activeCustomerProfiles"));
        if (reservations < 0 || bookedMinutes < 0 || activeCustomers < 0) {
            throw new IllegalArgumentException("booking figures cannot be negative");
        }
    }

    /** The same sums over loaded reservations, by the domain's own rules (for adapters that load every one). */
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
                active.size(), profiles.stream().filter(profile -> active.contains(profile.userId())).toList());
    }
}
