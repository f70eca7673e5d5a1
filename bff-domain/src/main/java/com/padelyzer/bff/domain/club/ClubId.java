package com.padelyzer.bff.domain.club;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a club. */
public record ClubId(UUID value) {
    public ClubId {
        Objects.requireNonNull(value, "value");
    }

    public static ClubId of(String text) {
        return new ClubId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
