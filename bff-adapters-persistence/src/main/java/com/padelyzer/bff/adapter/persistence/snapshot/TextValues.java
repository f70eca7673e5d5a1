package com.padelyzer.bff.adapter.persistence.snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Parses the text PostgreSQL writes into JSON for timestamptz, date, time and numeric values. PostgreSQL's
 * {@code infinity} and {@code -infinity} timestamps are clamped to {@link #FAR_FUTURE} and {@link #FAR_PAST}, which
 * stay inside year 9999 and year 1 in every zone (docs/decisions/0019).
 */
final class TextValues {

    static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
    static final Instant FAR_PAST = Instant.parse("0001-01-02T00:00:00Z");

    private TextValues() {
    }

    /**
     * A timestamptz as JSON renders it, ISO-8601 with offset ({@code 2026-11-25T18:04:16.123456+00:00}); an infinite
     * one clamped.
     */
    static Instant instant(String text) {
        return switch (text) {
            case "infinity" -> FAR_FUTURE;
            case "-infinity" -> FAR_PAST;
            default -> OffsetDateTime.parse(text).toInstant();
        };
    }

    static Instant instantOrNull(String text) {
        return text == null ? null : instant(text);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** A time of day; PostgreSQL's {@code 24:00:00} becomes the last instant of the day. */
    static LocalTime time(String text) {
        return text.startsWith("24:") ? LocalTime.MAX : LocalTime.parse(text);
    }

    /**
     * A closing time; {@code 24:00:00} and {@code 00:00:00} are both midnight, which the domain reads as the end of
     * the day ({@code OpeningHours}).
     */
    static LocalTime closingTime(String text) {
        return text.startsWith("24:") ? LocalTime.MIDNIGHT : LocalTime.parse(text);
    }

    /** A numeric's text, scale kept ({@code 450.00} stays 450.00). */
    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    static BigDecimal decimalOrNull(String text) {
        return text == null ? null : decimal(text);
    }
}
