package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The auth context answer: the user's active organization memberships and active club memberships in the order
 * shown; {@code currentOrganization} is {@code null} when the user has none, else one of the memberships' organizations.
 */
public record AuthContext(User user, Organization currentOrganization, List<OrganizationMembership> organizations,
                          List<ClubMembership> clubs, List<String> permissions, ContextSummary context,
                          Instant generatedAt) {
    public AuthContext {
        Objects.requireNonNull(user, "user");
        organizations = List.copyOf(Objects.requireNonNull(organizations, "organizations"));
        clubs = List.copyOf(Objects.requireNonNull(clubs, "clubs"));
        permissions = List.copyOf(Objects.requireNonNull(permissions, "permissions"));
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (currentOrganization != null
                && organizations.stream().noneMatch(m -> m.organizationId().equals(currentOrganization.id()))) {
            throw new IllegalArgumentException("the current organization must be one of the user's organizations");
        }
    }

    public Optional<Organization> current() {
        return Optional.ofNullable(currentOrganization);
    }

    /** Whether the membership is in the current organization. */
    public boolean isCurrent(OrganizationMembership membership) {
        return current().filter(o -> o.id().equals(membership.organizationId())).isPresent();
    }
}
