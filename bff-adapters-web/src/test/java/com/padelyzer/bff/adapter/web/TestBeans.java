package com.padelyzer.bff.adapter.web;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.adapter.web.read.ResponseCaching;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** What the composition root provides in production: a clock (fixed here), the cache keys, TTLs and caching switch. */
@Factory
final class TestBeans {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Singleton
    CacheKeys cacheKeys() {
        return new CacheKeys();
    }

    @Singleton
    CacheTtls cacheTtls() {
        return CacheTtls.defaults();
    }

    /** As in production until event-driven invalidation lands: every answer computed, none kept. */
    @Singleton
    ResponseCaching responseCaching() {
        return new ResponseCaching(false);
    }

    /** The cache adapter is not on this module's classpath; responses are never kept here anyway. */
    @Singleton
    ResponseCachePort responseCache() {
        return new ResponseCachePort() {
            @Override
            public Optional<CachedResponse> find(String key) {
                return Optional.empty();
            }

            @Override
            public long evictionMark() {
                return 0;
            }

            @Override
            public boolean keep(String key, CachedResponse response, long mark) {
                throw new IllegalStateException("response caching is off in these tests");
            }
        };
    }
}
