package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetUserClubsUseCase;
import com.padelyzer.bff.application.port.in.UserClub;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import java.util.List;

/** One of the four single auth reads (uncached, the measured "before"); same shaping as the auth context. */
public final class GetUserClubsService implements GetUserClubsUseCase {

    private final LoadUserAccessPort users;
    private final AuthViewMapper views = new AuthViewMapper();

    public GetUserClubsService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public List<UserClub> getUserClubs(GetUserClubsQuery query) {
        return users.loadUserAccess(query.user()).map(views::clubs).orElse(List.of());
    }
}
