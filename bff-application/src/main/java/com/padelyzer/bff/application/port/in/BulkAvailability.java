package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.availability.AvailabilitySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The bulk availability answer; {@code asOf} is when its data was read. Prices are rounded to 2 decimals. */
public record BulkAvailability(LocalDate date, int slotMinutes, Instant asOf, AvailabilityClub club,
                               List<CourtSlots> courts, AvailabilitySummary summary, int courtsProcessed,
                               int reservationsChecked) {
    public BulkAvailability {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(club, "club");
        courts = List.copyOf(Objects.requireNonNull(courts, "courts"));
        Objects.requireNonNull(summary, "summary");
    }
}
