package com.padelyzer.bff.adapter.web.response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The text forms of SPEC §5: timestamps ISO-8601 with offset ({@code Z}), dates {@code YYYY-MM-DD}, times {@code HH:MM}. */
public final class IsoText {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private IsoText() {
    }

    public static String timestamp(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    public static String time(LocalTime time) {
        return CLOCK_TIME.format(time);
    }
}
