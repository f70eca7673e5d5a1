package com.padelyzer.bff.domain.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours of one date. When {@code open} is false the times are still the configured ones (the front end
 * shows them) but nothing can be booked. Hours never span midnight: a closing time at or before the opening time
 * gives zero open minutes.
 */
public record OpeningHours(boolean open, LocalTime opensAt, LocalTime closesAt) {
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
        if (!open || !closesAt.isAfter(opensAt)) {
            return 0;
        }
        return Duration.between(opensAt, closesAt).toMinutes();
    }
}
