package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Turns a flush into key patterns and evicts them: a type's prefix, narrowed by {@code <club>:} or {@code <user>:}
 * (SPEC §6 keys). {@code permissions} covers the caller check's values too ({@code bff:permissions:<user>:…} and
 * {@code bff:club:<club>:…}); {@code all} of a club is its availability, dashboards and club data, of a user their
 * auth context and permissions.
 */
public final class FlushCacheService implements FlushCacheUseCase {

    private final EvictCachedResponsesPort responses;

    public FlushCacheService(EvictCachedResponsesPort responses) {
        this.responses = responses;
    }

    @Override
    public long flushCache(FlushCacheCommand command) {
        long flushed = 0;
        for (KeyPattern pattern : patternsOf(command)) {
            flushed += pattern.equals(KeyPattern.EVERY_KEY) ? responses.evictAll() : responses.evictMatching(pattern);
        }
        return flushed;
    }

    /** The key patterns a (valid) flush covers. */
    static List<KeyPattern> patternsOf(FlushCacheCommand command) {
        Optional<ClubId> club = command.club();
        Optional<UserId> user = command.user();
        return switch (command.target()) {
            case ALL -> club.map(c -> List.of(CacheType.AVAILABILITY.keysOf(c), CacheType.DASHBOARD_ANALYTICS.keysOf(c),
                            CacheType.CLUB_DATA.keysOf(c)))
                    .or(() -> user.map(u -> List.of(CacheType.AUTH_CONTEXT.keysOf(u),
                            CacheType.USER_PERMISSIONS.keysOf(u))))
                    .orElse(List.of(KeyPattern.EVERY_KEY));
            case DASHBOARD -> List.of(ofClub(CacheType.DASHBOARD_ANALYTICS, club));
            case AVAILABILITY -> List.of(ofClub(CacheType.AVAILABILITY, club));
            case AUTH -> List.of(user.map(CacheType.AUTH_CONTEXT::keysOf).orElse(CacheType.AUTH_CONTEXT.allKeys()));
            case PERMISSIONS -> club.map(c -> List.of(CacheType.CLUB_DATA.keysOf(c)))
                    .or(() -> user.map(u -> List.of(CacheType.USER_PERMISSIONS.keysOf(u))))
                    .orElse(List.of(CacheType.USER_PERMISSIONS.allKeys(), CacheType.CLUB_DATA.allKeys()));
        };
    }

    private static KeyPattern ofClub(CacheType type, Optional<ClubId> club) {
        return club.map(type::keysOf).orElse(type.allKeys());
    }
}
