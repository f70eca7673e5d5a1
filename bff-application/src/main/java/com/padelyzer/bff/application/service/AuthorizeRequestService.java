package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.CallerSnapshot;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.permission.ClubAccessRule;
import com.padelyzer.bff.domain.permission.UserAccess;

import java.time.Duration;
import java.util.Optional;

/**
 * Admits callers with the domain's access rules; unknown and foreign clubs get the same denial. What a decision
 * needs (the user's access, the token found not blacklisted, the club on record) is kept in the caller cache under
 * the user's permission keys and the club's data key, so a repeated request decides without a statement; the
 * changes that make them stale evict them like any other key (SPEC §6).
 */
public final class AuthorizeRequestService implements AuthorizeRequestUseCase {

    private final LoadCallerPort callers;
    private final CallerCachePort cache;
    private final CacheKeys keys;
    private final CacheTtls ttls;

    public AuthorizeRequestService(LoadCallerPort callers, CallerCachePort cache, CacheKeys keys, CacheTtls ttls) {
        this.callers = callers;
        this.cache = cache;
        this.keys = keys;
        this.ttls = ttls;
    }

    @Override
    public Authorization authorizeRequest(AuthorizeRequestQuery query) {
        if (query.courtToRead().isPresent()) {
            return authorizeForCourtsClub(query, query.courtToRead().get());
        }
        long mark = cache.evictionMark();
        String accessKey = keys.permissions(query.user(), Optional.empty());
        String tokenKey = keys.liveToken(query.user(), query.tokenId());
        Optional<String> clubKey = query.clubToRead().map(keys::clubOnRecord);
        Optional<UserAccess> access = cache.find(accessKey, UserAccess.class);
        boolean tokenLive = cache.find(tokenKey, String.class).filter(query.tokenId()::equals).isPresent();
        Optional<ClubOnRecord> club = clubKey.flatMap(key -> cache.find(key, ClubOnRecord.class));
        if (access.isPresent() && tokenLive && (clubKey.isEmpty() || club.isPresent())) {
            return decide(query, access.get(), false, club);
        }
        Optional<CallerSnapshot> loaded = callers.loadCaller(query.user(), query.tokenId(), query.clubToRead());
        if (loaded.isEmpty()) {
            return new Authorization.Unauthenticated("unknown_user");
        }
        CallerSnapshot caller = loaded.get();
        keepCaller(query, caller, mark);
        clubKey.ifPresent(key -> caller.clubOnRecord()
                .ifPresent(found -> cache.keep(key, found, ttls.ttlFor(CacheType.CLUB_DATA), mark)));
        return decide(query, caller.access(), caller.tokenRevoked(), caller.clubOnRecord());
    }

    /**
     * The court's club is not known before the statement, so nothing kept can decide it: one statement always, which
     * still keeps the caller's access and live token for the other reads.
     */
    private Authorization authorizeForCourtsClub(AuthorizeRequestQuery query, CourtId court) {
        long mark = cache.evictionMark();
        Optional<CallerSnapshot> loaded = callers.loadCallerForCourt(query.user(), query.tokenId(), court);
        if (loaded.isEmpty()) {
            return new Authorization.Unauthenticated("unknown_user");
        }
        CallerSnapshot caller = loaded.get();
        keepCaller(query, caller, mark);
        return decide(query, caller.access(), caller.tokenRevoked(), caller.clubOnRecord());
    }

    /** Keeps the loaded caller's access, and its token as live unless it is revoked, for the checks that follow. */
    private void keepCaller(AuthorizeRequestQuery query, CallerSnapshot caller, long mark) {
        Duration ttl = ttls.ttlFor(CacheType.USER_PERMISSIONS);
        cache.keep(keys.permissions(query.user(), Optional.empty()), caller.access(), ttl, mark);
        if (!caller.tokenRevoked()) {
            cache.keep(keys.liveToken(query.user(), query.tokenId()), query.tokenId(), ttl, mark);
        }
    }

    private static Authorization decide(AuthorizeRequestQuery query, UserAccess access, boolean tokenRevoked,
                                        Optional<ClubOnRecord> club) {
        if (!access.user().isActive()) {
            return new Authorization.Unauthenticated("inactive_user");
        }
        if (tokenRevoked) {
            return new Authorization.Unauthenticated("token_revoked");
        }
        if (query.purpose() == null) {
            return new Authorization.Admitted(access);
        }
        if (club.isEmpty() || !ruleFor(query.purpose()).decide(access, club.get().tenancy()).isAllowed()) {
            return new Authorization.ClubDenied();
        }
        return new Authorization.Admitted(access, club.get());
    }

    private static ClubAccessRule ruleFor(ClubAccessPurpose purpose) {
        return purpose == ClubAccessPurpose.ANALYTICS ? ClubAccessRule.analytics() : ClubAccessRule.availability();
    }
}
