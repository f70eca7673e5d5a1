package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.organization.Organization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The active clubs of the user's current organization ({@code organization} null and no clubs when the user has
 * none), each with its active court count.
 */
public record OrganizationClubs(Organization organization, List<CountedClub> clubs) {

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

    /** A club with the number of its active courts. */
    public record CountedClub(Club club, int courtsCount) {
        public CountedClub {
            Objects.requireNonNull(club, "club");
            if (courtsCount < 0) {
                throw new IllegalArgumentException("a court count cannot be negative");
            }
        }
    }
}
