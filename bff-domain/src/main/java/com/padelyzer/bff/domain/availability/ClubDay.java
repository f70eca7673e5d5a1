package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.schedule.OpeningHours;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One consistent snapshot of a club on one date: the club, its courts, its schedule, the reservations of that
 * date and the blocked slots touching it. Filtering by status, activity and court happens in the domain, so a
 * loader may pass more than needed.
 */
public record ClubDay(Club club, LocalDate date, WeeklySchedule schedule, List<Court> courts,
                      List<Reservation> reservations, List<BlockedSlot> blockedSlots) {
    public ClubDay {
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(schedule, "schedule");
        courts = List.copyOf(Objects.requireNonNull(courts, "courts"));
        reservations = List.copyOf(Objects.requireNonNull(reservations, "reservations"));
        blockedSlots = List.copyOf(Objects.requireNonNull(blockedSlots, "blockedSlots"));
    }

    public OpeningHours hours() {
        return schedule.hoursOn(date);
    }
}
