package com.padelyzer.bff.domain.court;

import com.padelyzer.bff.domain.club.ClubId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A court. {@code slotOffsetMinutes} shifts the court's slot grid (staggered starts), from 0 up to 23 h 59.
 * A court is bookable when it is active and not under maintenance.
 */
public record Court(CourtId id, ClubId clubId, String name, int number, SurfaceType surfaceType,
                    BigDecimal pricePerHour, boolean isMaintenance, int slotOffsetMinutes, boolean isActive) {
    public Court {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clubId, "clubId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surfaceType, "surfaceType");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
        if (pricePerHour.signum() < 0) {
            throw new IllegalArgumentException("a court price cannot be negative");
        }
        if (slotOffsetMinutes < 0 || slotOffsetMinutes >= 24 * 60) {
            throw new IllegalArgumentException("slot offset must be within a day, got " + slotOffsetMinutes);
        }
    }

    public boolean isBookable() {
        return isActive && !isMaintenance;
    }
}
