package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.user.UserId;

import java.util.Optional;

/**
 * Loads the caller of a request in one consistent read (one SQL statement): the user with all their organization
 * and club memberships (as {@link LoadUserAccessPort}), whether {@code tokenId} is blacklisted, and the tenancy of
 * {@code club} when one is given. Empty when the user does not exist.
 */
public interface LoadCallerPort {
    Optional<CallerSnapshot> loadCaller(UserId user, String tokenId, Optional<ClubId> club);

    /**
     * As {@link #loadCaller}, with the tenancy of the club of {@code court} (when the court exists and its club is
     * active): the legacy single check authorizes its court's club before loading anything of it.
     */
    Optional<CallerSnapshot> loadCallerForCourt(UserId user, String tokenId, CourtId court);
}
