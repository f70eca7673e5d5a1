package com.padelyzer.bff.domain.court;

import java.util.Locale;
import java.util.Optional;

/**
 * Surface of a court ({@code clubs_court.surface_type}, a free varchar of the main system). {@link #UNKNOWN} stands
 * for a value outside the known four, so one odd court never fails its club (docs/decisions/0019).
 */
public enum SurfaceType {
    GLASS, WALL, MESH, MIXED, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The known surface of {@code code}; empty for anything else, {@code unknown} itself included. */
    public static Optional<SurfaceType> ofCode(String code) {
        for (SurfaceType type : values()) {
            if (type != UNKNOWN && type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static SurfaceType fromCode(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalArgumentException("unknown surface type: " + code));
    }
}
