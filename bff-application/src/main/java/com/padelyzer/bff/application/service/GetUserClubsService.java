package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetUserClubsUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.permission.UserAccess;
import java.util.List;

/** One of the four single auth reads (uncached, the measured "before"); the same clubs as the auth context. */
public final class GetUserClubsService implements GetUserClubsUseCase {

    private final LoadUserAccessPort users;

    public GetUserClubsService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public List<ClubMembership> getUserClubs(GetUserClubsQuery query) {
        return users.loadUserAccess(query.user()).map(UserAccess::activeClubMemberships).orElse(List.of());
    }
}
