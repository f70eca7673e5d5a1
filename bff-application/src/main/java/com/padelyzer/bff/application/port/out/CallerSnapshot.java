package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.permission.UserAccess;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to admit a request, read at once: the caller with their memberships, whether the token's id is
 * blacklisted, and (when a club was asked for) the club on record, null when that club does not exist.
 */
public record CallerSnapshot(UserAccess access, boolean tokenRevoked, ClubOnRecord club) {

    public CallerSnapshot {
        Objects.requireNonNull(access, "access");
    }

    public Optional<ClubOnRecord> clubOnRecord() {
        return Optional.ofNullable(club);
    }

    public Optional<ClubTenancy> clubTenancy() {
        return clubOnRecord().map(ClubOnRecord::tenancy);
    }
}
