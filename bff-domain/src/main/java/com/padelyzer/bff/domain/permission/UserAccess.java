package com.padelyzer.bff.domain.permission;

import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user with all their organization and club memberships, active or not: everything authorization and the auth
 * context need. The accessors below apply the activity filters and the orders the front end sees.
 */
public record UserAccess(User user, List<OrganizationMembership> organizationMemberships,
                         List<ClubMembership> clubMemberships) {
    public UserAccess {
        Objects.requireNonNull(user, "user");
        organizationMemberships = List.copyOf(Objects.requireNonNull(organizationMemberships, "organizationMemberships"));
        clubMemberships = List.copyOf(Objects.requireNonNull(clubMemberships, "clubMemberships"));
    }

    /** Active organization memberships, earliest joined first (ties by organization id). */
    public List<OrganizationMembership> activeOrganizationMemberships() {
        return organizationMemberships.stream()
                .filter(OrganizationMembership::isActive)
                .sorted(Comparator.comparing(OrganizationMembership::joinedAt)
                        .thenComparing(m -> m.organizationId().value()))
                .toList();
    }

    /**
     * The current organization's membership: the one of the user's {@code current_organization_id} when active,
     * else the earliest-joined active membership; empty without active memberships.
     */
    public Optional<OrganizationMembership> currentMembership() {
        List<OrganizationMembership> active = activeOrganizationMemberships();
        return user.currentOrganization()
                .flatMap(current -> active.stream().filter(m -> m.organizationId().equals(current)).findFirst())
                .or(() -> active.stream().findFirst());
    }

    /** Active memberships of active clubs, oldest membership first (ties by club id). */
    public List<ClubMembership> activeClubMemberships() {
        return clubMemberships.stream()
                .filter(m -> m.isActive() && m.club().isActive())
                .sorted(Comparator.comparing(ClubMembership::createdAt).thenComparing(m -> m.clubId().value()))
                .toList();
    }
}
