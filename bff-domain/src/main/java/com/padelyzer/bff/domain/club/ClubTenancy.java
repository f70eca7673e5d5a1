package com.padelyzer.bff.domain.club;

import com.padelyzer.bff.domain.organization.OrganizationId;
import java.util.Objects;

/** Which organization a club belongs to: all an access check needs to know about the club. */
public record ClubTenancy(ClubId club, OrganizationId organization) {
    public ClubTenancy {
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(organization, "organization");
    }
}
