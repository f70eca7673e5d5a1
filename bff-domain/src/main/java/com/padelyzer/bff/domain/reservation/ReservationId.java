package com.padelyzer.bff.domain.reservation;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a reservation. */
public record ReservationId(UUID value) {
    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
