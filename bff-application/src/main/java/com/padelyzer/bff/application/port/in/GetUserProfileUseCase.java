package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /api/auth/user/}: the user object alone. Empty when the user does not exist. */
public interface GetUserProfileUseCase {

    Optional<User> getUserProfile(GetUserProfileQuery query);

    record GetUserProfileQuery(UserId user) {
        public GetUserProfileQuery {
            Objects.requireNonNull(user, "user");
        }
    }
}
