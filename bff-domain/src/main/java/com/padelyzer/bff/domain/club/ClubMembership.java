package com.padelyzer.bff.domain.club;

import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership in a club, with the organization owning the club (the front end shows its trade name even
 * when the user is no member of that organization). {@code createdAt} is what the front end shows as {@code joined_at}.
 */
public record ClubMembership(UserId userId, Club club, Organization organization, ClubRole role, Instant createdAt,
                             boolean isActive) {
    public ClubMembership {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!organization.id().equals(club.organizationId())) {
            throw new IllegalArgumentException("the organization must be the one owning the club");
        }
    }

    public ClubId clubId() {
        return club.id();
    }
}
