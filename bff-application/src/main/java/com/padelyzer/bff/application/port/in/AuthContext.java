package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The auth context answer; {@code currentOrganization} is {@code null} when the user has none. */
public record AuthContext(UserProfile user, CurrentOrganization currentOrganization,
                          List<OrganizationEntry> organizations, List<UserClub> clubs, List<String> permissions,
                          ContextSummary context, Instant generatedAt) {
    public AuthContext {
        Objects.requireNonNull(user, "user");
        organizations = List.copyOf(Objects.requireNonNull(organizations, "organizations"));
        clubs = List.copyOf(Objects.requireNonNull(clubs, "clubs"));
        permissions = List.copyOf(Objects.requireNonNull(permissions, "permissions"));
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    public Optional<CurrentOrganization> current() {
        return Optional.ofNullable(currentOrganization);
    }
}
