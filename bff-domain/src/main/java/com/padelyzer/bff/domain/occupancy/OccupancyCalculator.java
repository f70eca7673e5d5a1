package com.padelyzer.bff.domain.occupancy;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Occupancy over a window (SPEC §5.1). Available minutes: per day, the open minutes of that weekday (0 when closed,
 * the club's own hours without a schedule row) × bookable courts. Booked minutes: the durations of the counted
 * reservations dated in the window. Today's bookable courts stand for every day of the window.
 */
public final class OccupancyCalculator {

    public Occupancy occupancy(DateWindow window, WeeklySchedule schedule, List<Court> courts,
                               List<Reservation> reservations) {
        long available = availableMinutes(window, schedule, courts);
        long booked = 0;
        long count = 0;
        for (Reservation reservation : reservations) {
            if (reservation.isCounted() && window.contains(reservation.date())) {
                booked += reservation.durationMinutes();
                count++;
            }
        }
        return new Occupancy(count, booked, available);
    }

    /** The open minutes of each day of {@code window} × today's bookable courts. */
    public long availableMinutes(DateWindow window, WeeklySchedule schedule, List<Court> courts) {
        long bookable = courts.stream().filter(Court::isBookable).count();
        long available = 0;
        for (Iterator<LocalDate> days = window.dates().iterator(); days.hasNext(); ) {
            available += schedule.hoursOn(days.next()).openMinutes() * bookable;
        }
        return available;
    }
}
