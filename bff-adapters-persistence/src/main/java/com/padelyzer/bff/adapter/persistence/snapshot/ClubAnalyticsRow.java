package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A club's analytics snapshot as one JSON document. Reservations are compact text arrays in
 * {@link ReservationColumns} order; client profiles are {@code [user_id, created_at]} pairs.
 */
@Serdeable
record ClubAnalyticsRow(ClubRow club, List<ScheduleRow> schedule, List<CourtRow> courts,
                        List<List<String>> reservations, List<List<String>> clientProfiles) {
}
