package com.padelyzer.bff.domain.user;

import com.padelyzer.bff.domain.organization.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user account. {@code lastLogin} and {@code currentOrganizationId} may be {@code null}, as in the table;
 * use the Optional accessors to read them.
 */
public record User(UserId id, String email, String firstName, String lastName, boolean isActive, boolean isStaff,
                   boolean isSuperuser, Instant lastLogin, Instant dateJoined, boolean emailVerified,
                   boolean twoFactorEnabled, String phone, String timezone, String language,
                   OrganizationId currentOrganizationId) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(dateJoined, "dateJoined");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(language, "language");
    }

    public Optional<Instant> lastLoginTime() {
        return Optional.ofNullable(lastLogin);
    }

    public Optional<OrganizationId> currentOrganization() {
        return Optional.ofNullable(currentOrganizationId);
    }
}
