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
        List<ClientProfile> activeProfiles = profiles.stream().filter(p -> active.contains(p.userId())).toList();
        return count(window, active.size(), activeProfiles, zone);
    }

    /**
     * The counts from the number of active customers and client profiles of active customers only (any subset
     * holding every one created near the window will do): new are the distinct users among them created on a
     * club-local date inside the window.
     */
    public CustomerCounts count(DateWindow window, long active, List<ClientProfile> activeProfiles, ZoneId zone) {
        Set<UserId> fresh = new HashSet<>();
        for (ClientProfile profile : activeProfiles) {
            if (window.contains(profile.createdAt().atZone(zone).toLocalDate())) {
                fresh.add(profile.userId());
            }
        }
        return new CustomerCounts(active, fresh.size());
    }
}
