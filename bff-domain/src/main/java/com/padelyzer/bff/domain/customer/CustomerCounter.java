package com.padelyzer.bff.domain.customer;

import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.user.UserId;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Active customers: distinct non-null creators of the counted reservations of the window. New customers: those of
 * them whose client profile was created on a club-local date inside the window.
 */
public final class CustomerCounter {

    public CustomerCounts count(DateWindow window, List<Reservation> reservations, List<ClientProfile> profiles,
                                ZoneId zone) {
        Set<UserId> active = new HashSet<>();
        for (Reservation reservation : reservations) {
            if (reservation.isCounted() && window.contains(reservation.date())) {
                reservation.creator().ifPresent(active::add);
            }
        }
        Set<UserId> fresh = new HashSet<>();
        for (ClientProfile profile : profiles) {
            if (active.contains(profile.userId()) && window.contains(profile.createdAt().atZone(zone).toLocalDate())) {
                fresh.add(profile.userId());
            }
        }
        return new CustomerCounts(active.size(), fresh.size());
    }
}
