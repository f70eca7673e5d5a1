package com.padelyzer.bff.domain.organization;

import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership in an organization. The role is free text ({@code root_admin}, {@code org_admin},
 * {@code billing}, {@code support}, ...): the main system owns the vocabulary, so any non-blank role is accepted.
 */
public record OrganizationMembership(UserId userId, Organization organization, String role, Instant joinedAt,
                                     boolean isActive) {
    public OrganizationMembership {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if (role.isBlank()) {
            throw new IllegalArgumentException("a membership needs a role");
        }
    }

    public OrganizationId organizationId() {
        return organization.id();
    }
}
