package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.Objects;

/** The {@code user} object; {@code id} is the user id as a string, {@code lastLogin} may be {@code null}. */
public record UserProfile(String id, String email, String firstName, String lastName, boolean isActive,
                          boolean isStaff, boolean isSuperuser, Instant lastLogin, Instant dateJoined,
                          boolean emailVerified, boolean twoFactorEnabled, String phoneNumber, String timezone,
                          String language) {
    public UserProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(dateJoined, "dateJoined");
    }
}
