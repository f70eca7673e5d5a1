package com.padelyzer.bff.application.port.in;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** A court and its slots; {@code reason} is {@code past}, {@code blocked}, {@code reserved} or {@code null}. */
public record CourtSlots(String id, String name, String surfaceType, BigDecimal pricePerHour, List<Slot> slots) {
    public CourtSlots {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
        slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
    }

    /** One slot as shown. */
    public record Slot(LocalTime startTime, LocalTime endTime, boolean isAvailable, String reason, BigDecimal price) {
        public Slot {
            Objects.requireNonNull(startTime, "startTime");
            Objects.requireNonNull(endTime, "endTime");
            Objects.requireNonNull(price, "price");
            if (isAvailable != (reason == null)) {
                throw new IllegalArgumentException("an unavailable slot needs a reason, an available one none");
            }
        }
    }
}
