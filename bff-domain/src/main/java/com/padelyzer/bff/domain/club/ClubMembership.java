package com.padelyzer.bff.domain.club;

import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's membership in a club; {@code createdAt} is what the front end shows as {@code joined_at}. */
public record ClubMembership(UserId userId, Club club, ClubRole role, Instant createdAt, boolean isActive) {
    public ClubMembership {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public ClubId clubId() {
        return club.id();
    }
}
