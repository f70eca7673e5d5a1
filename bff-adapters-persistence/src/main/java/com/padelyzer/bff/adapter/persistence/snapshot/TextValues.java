package com.padelyzer.bff.adapter.persistence.snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Parses the text PostgreSQL writes into JSON for timestamptz, date, time and numeric values. */
final class TextValues {

    private TextValues() {
    }

    /** A timestamptz as JSON renders it, ISO-8601 with offset ({@code 2026-11-25T18:04:16.123456+00:00}). */
    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
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

    /** A numeric's text, scale kept ({@code 450.00} stays 450.00). */
    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    static BigDecimal decimalOrNull(String text) {
        return text == null ? null : decimal(text);
    }
}
