package com.padelyzer.bff.application.port.in;

import java.util.Objects;

/** A club as the dashboard names it: {@code {"id", "name"}}. */
public record ClubRef(String id, String name) {
    public ClubRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
