package com.padelyzer.bff.domain.court;

import java.util.Locale;

/** Surface of a court ({@code clubs_court.surface_type}). */
public enum SurfaceType {
    GLASS, WALL, MESH, MIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SurfaceType fromCode(String code) {
        for (SurfaceType type : values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown surface type: " + code);
    }
}
