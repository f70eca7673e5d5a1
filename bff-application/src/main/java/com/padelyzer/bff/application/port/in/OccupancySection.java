package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.comparison.Comparison;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Occupancy figures, rounded HALF_UP to 2 decimals. {@code comparison.previous()} is the previous rate
 * ({@code previous_rate}); {@code comparison} is {@code null} when no comparison was requested.
 */
public record OccupancySection(long totalReservations, BigDecimal bookedHours, BigDecimal availableHours,
                               long totalSlots, BigDecimal occupancyRate, Comparison comparison) {
    public OccupancySection {
        Objects.requireNonNull(bookedHours, "bookedHours");
        Objects.requireNonNull(availableHours, "availableHours");
        Objects.requireNonNull(occupancyRate, "occupancyRate");
    }
}
