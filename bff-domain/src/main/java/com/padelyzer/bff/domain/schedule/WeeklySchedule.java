package com.padelyzer.bff.domain.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A club's week: its schedule rows plus the club's own opening and closing time, used on a weekday without an
 * active row. If several active rows exist for one weekday the first one wins.
 */
public record WeeklySchedule(LocalTime clubOpening, LocalTime clubClosing, List<ScheduleEntry> entries) {
    public WeeklySchedule {
        Objects.requireNonNull(clubOpening, "clubOpening");
        Objects.requireNonNull(clubClosing, "clubClosing");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    public OpeningHours hoursOn(LocalDate date) {
        int weekday = ScheduleEntry.weekdayOf(date.getDayOfWeek());
        for (ScheduleEntry entry : entries) {
            if (entry.isActive() && entry.weekday() == weekday) {
                return entry.hours();
            }
        }
        return OpeningHours.openBetween(clubOpening, clubClosing);
    }
}
