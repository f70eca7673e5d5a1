package com.padelyzer.bff.domain.club;

import java.util.Locale;

/** Role of a user in a club ({@code clubs_clubmembership.role}). */
public enum ClubRole {
    OWNER, ADMIN, STAFF, MEMBER;

    /** The lower-case code stored in the database and used in permission strings. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClubRole fromCode(String code) {
        for (ClubRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown club role: " + code);
    }
}
