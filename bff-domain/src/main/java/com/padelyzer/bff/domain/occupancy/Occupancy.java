package com.padelyzer.bff.domain.occupancy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Occupancy of a window in exact minutes. Derived figures come unrounded ({@link #rate()}) or rounded HALF_UP to
 * 2 decimals once ({@code rounded...}); {@link #totalSlots()} is the whole available hours.
 */
public record Occupancy(long totalReservations, long bookedMinutes, long availableMinutes) {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Occupancy {
        if (totalReservations < 0 || bookedMinutes < 0 || availableMinutes < 0) {
            throw new IllegalArgumentException("occupancy figures cannot be negative");
        }
    }

    /** booked ÷ available × 100, unrounded (34 significant digits); 0 when nothing was available. */
    public BigDecimal rate() {
        if (availableMinutes == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(bookedMinutes).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(availableMinutes), MathContext.DECIMAL128);
    }

    public BigDecimal roundedRate() {
        return rate().setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal bookedHours() {
        return BigDecimal.valueOf(bookedMinutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    public BigDecimal availableHours() {
        return BigDecimal.valueOf(availableMinutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    public long totalSlots() {
        return availableMinutes / 60;
    }
}
