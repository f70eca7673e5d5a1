package com.padelyzer.bff.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One {@code clubs_schedule} row. {@code weekday} follows Python: 0 = Monday ... 6 = Sunday.
 */
public record ScheduleEntry(int weekday, LocalTime openingTime, LocalTime closingTime, boolean isClosed,
                            boolean isActive) {
    public ScheduleEntry {
        if (weekday < 0 || weekday > 6) {
            throw new IllegalArgumentException("weekday is 0 (Monday) to 6 (Sunday), got " + weekday);
        }
        Objects.requireNonNull(openingTime, "openingTime");
        Objects.requireNonNull(closingTime, "closingTime");
    }

    /** The Python weekday number of a {@link DayOfWeek}. */
    public static int weekdayOf(DayOfWeek day) {
        return day.getValue() - 1;
    }

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.of(weekday + 1);
    }

    public OpeningHours hours() {
        return new OpeningHours(!isClosed, openingTime, closingTime);
    }
}
