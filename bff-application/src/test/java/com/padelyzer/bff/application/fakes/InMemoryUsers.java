package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.port.out.LoadClubTenancyPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Users with their memberships, and clubs' tenancies, kept in memory. */
public final class InMemoryUsers implements LoadUserAccessPort, LoadClubTenancyPort {

    private final Map<UserId, UserAccess> users = new HashMap<>();
    private final Map<ClubId, ClubTenancy> clubs = new HashMap<>();

    public InMemoryUsers with(UserAccess access) {
        users.put(access.user().id(), access);
        return this;
    }

    public InMemoryUsers with(Club club) {
        clubs.put(club.id(), club.tenancy());
        return this;
    }

    @Override
    public Optional<UserAccess> loadUserAccess(UserId user) {
        return Optional.ofNullable(users.get(user));
    }

    @Override
    public Optional<ClubTenancy> loadTenancy(ClubId club) {
        return Optional.ofNullable(clubs.get(club));
    }
}
