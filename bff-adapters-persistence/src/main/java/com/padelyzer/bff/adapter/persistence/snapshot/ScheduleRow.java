package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

/** A {@code clubs_schedule} row; times are {@code HH:MM:SS} text. */
@Serdeable
record ScheduleRow(int weekday, String openingTime, String closingTime, boolean isClosed, boolean isActive) {
}
