package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import java.util.List;
import java.util.Objects;

/**
 * One consistent read of a club for its dashboard: the club, its schedule, its courts, the reservations of the
 * loaded dates (the calculators keep only counted ones inside each window) and the client profiles of their creators.
 */
public record ClubAnalyticsSnapshot(Club club, WeeklySchedule schedule, List<Court> courts,
                                    List<Reservation> reservations, List<ClientProfile> clientProfiles) {
    public ClubAnalyticsSnapshot {
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(schedule, "schedule");
        courts = List.copyOf(Objects.requireNonNull(courts, "courts"));
        reservations = List.copyOf(Objects.requireNonNull(reservations, "reservations"));
        clientProfiles = List.copyOf(Objects.requireNonNull(clientProfiles, "clientProfiles"));
    }
}
