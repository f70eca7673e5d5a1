package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import java.util.Objects;

/** A club as the dashboard names it: {@code {"id", "name"}}. */
public record ClubRef(ClubId id, String name) {
    public ClubRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
