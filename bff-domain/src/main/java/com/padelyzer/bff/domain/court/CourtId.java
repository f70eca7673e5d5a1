package com.padelyzer.bff.domain.court;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a court. */
public record CourtId(UUID value) {
    public CourtId {
        Objects.requireNonNull(value, "value");
    }

    public static CourtId of(String text) {
        return new CourtId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
