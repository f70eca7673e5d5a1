package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A club's dashboard data as one JSON document, the counted reservations summed per asked window. Sums are numeric
 * text (exact); {@code negativePricePerHour} and {@code negativeTotalPrice} are one negative value met among the
 * summed reservations, if any, to be said once (docs/decisions/0019).
 */
@Serdeable
record ClubBookingTotalsRow(ClubRow club, List<ScheduleRow> schedule, List<CourtRow> courts, List<Window> windows,
                            @Nullable String negativePricePerHour, @Nullable String negativeTotalPrice) {

    /**
     * One window's sums; client profiles are {@code [user_id, created_at]} pairs of its customers created near its
     * ends, those created well inside it are counted in {@code surelyNewCustomers}.
     */
    @Serdeable
    record Window(String firstDay, String lastDay, long reservations, long bookedMinutes, String fullPrices,
                  String hourlyPriceMinutes, long activeCustomers, long surelyNewCustomers,
                  List<List<String>> clientProfiles) {
    }
}
