package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A club day as one JSON document. Reservations are compact text arrays in {@link ReservationColumns} order,
 * since a busy club day (or an analytics year) holds many of them.
 */
@Serdeable
record ClubDayRow(ClubRow club, List<ScheduleRow> schedule, List<CourtRow> courts, List<List<String>> reservations,
                  List<BlockedSlotRow> blockedSlots) {
}
