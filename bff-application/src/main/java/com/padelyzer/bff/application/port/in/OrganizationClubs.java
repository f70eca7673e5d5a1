package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.domain.organization.Organization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The active clubs of the user's current organization ({@code organization} null and no clubs when the user has
 * none), each with its active court count.
 */
public record OrganizationClubs(Organization organization, List<ClubWithCourtCount> clubs) {

    public OrganizationClubs {
        clubs = List.copyOf(Objects.requireNonNull(clubs, "clubs"));
        if (clubs.stream().anyMatch(c -> organization == null
                || !c.club().organizationId().equals(organization.id()))) {
            throw new IllegalArgumentException("every club must belong to the current organization");
        }
    }

    public Optional<Organization> current() {
        return Optional.ofNullable(organization);
    }
}
