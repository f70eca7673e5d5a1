package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.port.out.CallerSnapshot;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/** Users with their memberships, clubs' tenancies and blacklisted token ids, kept in memory. */
public final class InMemoryUsers implements LoadUserAccessPort, LoadCallerPort {

    private final Map<UserId, UserAccess> users = new HashMap<>();
    private final Map<ClubId, ClubOnRecord> clubs = new HashMap<>();
    private final Map<CourtId, ClubId> courts = new HashMap<>();
    private final Set<String> blacklistedTokens = new HashSet<>();
    private int callerLoads;

    public InMemoryUsers with(UserAccess access) {
        users.put(access.user().id(), access);
        return this;
    }

    public InMemoryUsers with(Club club) {
        clubs.put(club.id(), new ClubOnRecord(club.tenancy(), club.zone()));
        return this;
    }

    public InMemoryUsers withCourt(CourtId court, ClubId club) {
        courts.put(court, club);
        return this;
    }

    @Override
    public Optional<UserAccess> loadUserAccess(UserId user) {
        return Optional.ofNullable(users.get(user));
    }

    public InMemoryUsers withBlacklistedToken(String tokenId) {
        blacklistedTokens.add(tokenId);
        return this;
    }

    /** Whether a later caller check may see {@code tokenId} revoked depends on evicting what was kept about it. */
    public int callerLoads() {
        return callerLoads;
    }

    @Override
    public Optional<CallerSnapshot> loadCaller(UserId user, String tokenId, Optional<ClubId> club) {
        callerLoads++;
        return loadUserAccess(user).map(access -> new CallerSnapshot(access, blacklistedTokens.contains(tokenId),
                club.map(clubs::get).orElse(null)));
    }

    @Override
    public Optional<CallerSnapshot> loadCallerForCourt(UserId user, String tokenId, CourtId court) {
        return loadCaller(user, tokenId, Optional.ofNullable(courts.get(court)));
    }
}
