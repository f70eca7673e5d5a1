package com.padelyzer.bff.adapter.persistence.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The instants {@code [date − 1 day, date + 2 days)} at UTC midnight: they contain the club-local date in every
 * zone (offsets stay within ±14 h), so blocked slots overlapping it are loaded and the domain filters exactly.
 */
record DayWindow(OffsetDateTime start, OffsetDateTime end) {

    static DayWindow around(LocalDate date) {
        return new DayWindow(date.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                date.plusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
