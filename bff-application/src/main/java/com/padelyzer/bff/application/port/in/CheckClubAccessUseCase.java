package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.user.UserId;
import java.util.Objects;

/**
 * May this user read this club for this purpose? Runs before any cache read. Unknown users and unknown clubs are
 * denied exactly like foreign clubs, so the caller's 404 reveals nothing.
 */
public interface CheckClubAccessUseCase {

    Decision checkClubAccess(CheckClubAccessQuery query);

    record CheckClubAccessQuery(UserId user, ClubId club, ClubAccessPurpose purpose) {
        public CheckClubAccessQuery {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(purpose, "purpose");
        }
    }
}
