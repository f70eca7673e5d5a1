package com.padelyzer.bff.domain.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours of one date. When {@code open} is false the times are still the configured ones (the front end
 * shows them) but nothing can be booked. Hours never span midnight, so a closing time of {@code 00:00} is midnight
 * at the end of the date (a club open until midnight); any other closing time at or before the opening time gives
 * zero open minutes.
 */
public record OpeningHours(boolean open, LocalTime opensAt, LocalTime closesAt) {

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;

    public OpeningHours {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
    }

    public static OpeningHours openBetween(LocalTime opensAt, LocalTime closesAt) {
        return new OpeningHours(true, opensAt, closesAt);
    }

    public static OpeningHours closed(LocalTime opensAt, LocalTime closesAt) {
        return new OpeningHours(false, opensAt, closesAt);
    }

    /** Minutes the club is open this date (wall-clock minutes, 0 when closed). */
    public long openMinutes() {
        if (!open) {
            return 0;
        }
        return Math.max(0, closingSecondOfDay() - opensAt.toSecondOfDay()) / 60;
    }

    /** The minute of the date the club opens at (0 to 1439). */
    public int openingMinuteOfDay() {
        return opensAt.toSecondOfDay() / 60;
    }

    /** The minute of the date the club closes at: 1440 when it closes at midnight ({@code 00:00}). */
    public int closingMinuteOfDay() {
        return closingSecondOfDay() / 60;
    }

    /** Whether the wall-clock range [start, end) of this date can be booked: open, and within the hours. */
    public boolean covers(LocalTime start, LocalTime end) {
        return openMinutes() > 0 && !start.isBefore(opensAt) && end.isAfter(start)
                && end.toSecondOfDay() <= closingSecondOfDay();
    }

    private int closingSecondOfDay() {
        return closesAt.equals(LocalTime.MIDNIGHT) ? SECONDS_PER_DAY : closesAt.toSecondOfDay();
    }
}
