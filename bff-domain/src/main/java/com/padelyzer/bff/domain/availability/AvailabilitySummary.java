package com.padelyzer.bff.domain.availability;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Counts over the listed slots. {@code occupancyRate} is reserved ÷ total × 100, rounded HALF_UP to 2 decimals
 * (0 when there are no slots); {@code peakHours} are up to 3 start times with the most reserved courts, in time order.
 */
public record AvailabilitySummary(int totalSlots, int availableSlots, int reservedSlots, BigDecimal occupancyRate,
                                  List<LocalTime> peakHours) {
    public AvailabilitySummary {
        Objects.requireNonNull(occupancyRate, "occupancyRate");
        peakHours = List.copyOf(Objects.requireNonNull(peakHours, "peakHours"));
        if (availableSlots + reservedSlots > totalSlots || availableSlots < 0 || reservedSlots < 0) {
            throw new IllegalArgumentException("slot counts do not add up");
        }
    }
}
