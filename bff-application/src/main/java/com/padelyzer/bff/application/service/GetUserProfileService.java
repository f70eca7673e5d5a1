package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.UserProfile;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import java.util.Optional;

/** One of the four single auth reads (uncached, the measured "before"); same shaping as the auth context. */
public final class GetUserProfileService implements GetUserProfileUseCase {

    private final LoadUserAccessPort users;
    private final AuthViewMapper views = new AuthViewMapper();

    public GetUserProfileService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public Optional<UserProfile> getUserProfile(GetUserProfileQuery query) {
        return users.loadUserAccess(query.user()).map(access -> views.profile(access.user()));
    }
}
