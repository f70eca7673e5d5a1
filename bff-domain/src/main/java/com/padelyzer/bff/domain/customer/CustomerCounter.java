package com.padelyzer.bff.domain.customer;

import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        return count(window, active.size(), 0, activeProfiles, zone);
    }

    /**
     * The counts from the number of active customers, how many of them are new whatever the zone ({@code surelyNew},
     * counted where the profiles are, by {@link #surelyInside}) and client profiles of the other active customers
     * only (any subset holding every other one created near the window will do): new are {@code surelyNew} plus the
     * distinct users among those profiles created on a club-local date inside the window.
     */
    public CustomerCounts count(DateWindow window, long active, long surelyNew, List<ClientProfile> activeProfiles,
                                ZoneId zone) {
        Set<UserId> fresh = new HashSet<>();
        for (ClientProfile profile : activeProfiles) {
            if (window.contains(profile.createdAt().atZone(zone).toLocalDate())) {
                fresh.add(profile.userId());
            }
        }
        return new CustomerCounts(active, surelyNew + fresh.size());
    }

    /**
     * Whether a profile created at {@code createdAt} is created on a club-local date inside {@code window} in every
     * zone: from 00:00 UTC of the day after the window's first day to 00:00 UTC of its last day. Every offset is
     * within 18 hours of UTC, so such an instant falls on a local date from the first day to the last.
     */
    public static boolean surelyInside(DateWindow window, Instant createdAt) {
        Instant from = window.start().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = window.end().atStartOfDay(ZoneOffset.UTC).toInstant();
        return !createdAt.isBefore(from) && createdAt.isBefore(until);
    }
}
