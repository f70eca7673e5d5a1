package com.padelyzer.bff.adapter.web;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** What the composition root provides in production: a clock (fixed here), the cache keys and the TTLs. */
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
}
