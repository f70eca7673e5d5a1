package com.padelyzer.bff.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.cache.CacheInvalidationPolicy;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.DataChange;
import com.padelyzer.bff.application.fakes.InMemoryCacheStore;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase.InvalidateCacheCommand;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvalidateCacheServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryCacheStore store = new InMemoryCacheStore(clock);
    private final CacheKeys keys = new CacheKeys();
    private final ClubId club = new ClubId(UUID.randomUUID());

    private void cache(String key, CacheType type) {
        store.keep(key, new CachedResponse("{}".getBytes(StandardCharsets.UTF_8), "\"etag\"", NOW,
                CacheTtls.defaults().ttlFor(type), type), store.evictionMark());
    }

    @Test
    void evicts_exactly_the_keys_a_new_reservation_makes_stale() {
        String today = keys.availability(club, DAY, Set.of(), 60);
        String tomorrow = keys.availability(club, DAY.plusDays(1), Set.of(), 60);
        String dashboard = keys.dashboard(club, AnalyticsPeriod.MONTH, true, true, true, true, DAY);
        cache(today, CacheType.AVAILABILITY);
        cache(tomorrow, CacheType.AVAILABILITY);
        cache(dashboard, CacheType.DASHBOARD_ANALYTICS);

        long evicted = new InvalidateCacheService(store, new CacheInvalidationPolicy())
                .invalidateCache(new InvalidateCacheCommand(new DataChange.ReservationChanged(club, DAY)));

        assertThat(evicted).isEqualTo(2);
        assertThat(store.keys()).containsExactly(tomorrow);
        assertThat(store.find(tomorrow)).get().satisfies(e -> assertThat(e.expiresAt()).isEqualTo(NOW.plusSeconds(60)));
    }
}
