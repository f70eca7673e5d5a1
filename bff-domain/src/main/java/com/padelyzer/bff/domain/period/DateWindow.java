package com.padelyzer.bff.domain.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/** An inclusive range of dates, {@code start} to {@code end}. */
public record DateWindow(LocalDate start, LocalDate end) {
    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a window cannot end before it starts");
        }
    }

    /** The {@code days} days ending on {@code lastDay}, inclusive. */
    public static DateWindow endingOn(LocalDate lastDay, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a window has at least one day");
        }
        return new DateWindow(lastDay.minusDays(days - 1L), lastDay);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The window of the same length just before this one, not overlapping it. */
    public DateWindow previous() {
        return endingOn(start.minusDays(1), Math.toIntExact(days()));
    }

    public Stream<LocalDate> dates() {
        return start.datesUntil(end.plusDays(1));
    }
}
