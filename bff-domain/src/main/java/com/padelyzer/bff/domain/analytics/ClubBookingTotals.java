package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import java.util.List;
import java.util.Objects;

/**
 * One consistent read of a club for its dashboard, with the reservations already summed per asked window: the club,
 * its schedule, its courts and one {@link WindowBookings} per window. What {@link ClubAnalyticsSnapshot} gives,
 * at a size that grows with the answer instead of the bookings.
 */
public record ClubBookingTotals(Club club, WeeklySchedule schedule, List<Court> courts, List<WindowBookings> windows) {
    public ClubBookingTotals {
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(schedule, "schedule");
        courts = List.copyOf(Objects.requireNonNull(courts, "courts"));
        windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
    }

    /** The snapshot's reservations summed per window, by the domain's rules. */
    public static ClubBookingTotals of(ClubAnalyticsSnapshot snapshot, List<DateWindow> windows) {
        return new ClubBookingTotals(snapshot.club(), snapshot.schedule(), snapshot.courts(), windows.stream()
                .map(window -> WindowBookings.of(window, snapshot.reservations(), snapshot.courts(),
                        snapshot.clientProfiles()))
                .toList());
    }

    /** The bookings of {@code window}, which must be one of the loaded windows. */
    public WindowBookings bookingsOf(DateWindow window) {
        return windows.stream().filter(bookings -> bookings.window().equals(window)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the window " + window + " was not loaded"));
    }
}
