package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.policy.Decision;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** A court and its slots; a slot's denial reason is {@code past}, {@code blocked} or {@code reserved}. */
public record CourtSlots(CourtId id, String name, SurfaceType surfaceType, BigDecimal pricePerHour, List<Slot> slots) {
    public CourtSlots {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surfaceType, "surfaceType");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
        slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
    }

    /** One slot as shown. */
    public record Slot(LocalTime startTime, LocalTime endTime, Decision availability, BigDecimal price) {
        public Slot {
            Objects.requireNonNull(startTime, "startTime");
            Objects.requireNonNull(endTime, "endTime");
            Objects.requireNonNull(availability, "availability");
            Objects.requireNonNull(price, "price");
        }
    }
}
