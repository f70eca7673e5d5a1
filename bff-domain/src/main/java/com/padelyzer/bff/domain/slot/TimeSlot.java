package com.padelyzer.bff.domain.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** A half-open interval of time {@code [start, end)}; it never is empty. */
public record TimeSlot(Instant start, Instant end) {
    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
    }

    public static TimeSlot between(ZonedDateTime start, ZonedDateTime end) {
        return new TimeSlot(start.toInstant(), end.toInstant());
    }

    /**
     * The instants of a wall-clock range on a date in a zone; times in a spring gap shift forward, as
     * {@link ZonedDateTime#of} does. Empty when the range collapses (for example one lying inside the gap).
     */
    public static Optional<TimeSlot> ofLocal(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        Instant from = ZonedDateTime.of(date, start, zone).toInstant();
        Instant to = ZonedDateTime.of(date, end, zone).toInstant();
        return to.isAfter(from) ? Optional.of(new TimeSlot(from, to)) : Optional.empty();
    }

    /** Half-open overlap: {@code [a,b)} and {@code [c,d)} overlap when a &lt; d and c &lt; b; touching is no overlap. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
