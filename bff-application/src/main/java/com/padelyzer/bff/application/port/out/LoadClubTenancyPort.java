package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import java.util.Optional;

/** Finds the organization owning a club, for the access check. Empty when the club does not exist. */
public interface LoadClubTenancyPort {
    Optional<ClubTenancy> loadTenancy(ClubId club);
}
