package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import java.util.Optional;

/** One of the four single auth reads (uncached, the measured "before"); the same user as the auth context. */
public final class GetUserProfileService implements GetUserProfileUseCase {

    private final LoadUserAccessPort users;

    public GetUserProfileService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public Optional<User> getUserProfile(GetUserProfileQuery query) {
        return users.loadUserAccess(query.user()).map(UserAccess::user);
    }
}
