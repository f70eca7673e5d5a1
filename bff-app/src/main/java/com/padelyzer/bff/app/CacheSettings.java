package com.padelyzer.bff.app;

import com.padelyzer.bff.application.cache.CacheTtls;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code bff.cache.*}: TTLs per cache type (SPEC §6; defaults in application.yml), the L1 byte budget and entry life,
 * the Redis level, and what is cached at all: {@code responses}, the rendered answers; {@code callers}, the caller
 * check's values (both on by default; off, every request reads the database for that part). Handed on as plain
 * values: {@link CacheTtls} to the core, {@code L1Capacity}, {@code RedisSettings} and {@code ResponseCaching} to the
 * adapters.
 */
@ConfigurationProperties("bff.cache")
record CacheSettings(@Bindable(defaultValue = "true") boolean responses, @Bindable(defaultValue = "true") boolean callers,
                     Ttl ttl, L1 l1, Redis redis) {

    /**
     * {@code bff.cache.l1.*}: the in-process cache's byte budget, and ({@code ttl}) the longest an L1 entry lives when
     * Redis is the second level, which bounds how long a lost invalidation message can leave it stale.
     */
    @ConfigurationProperties("l1")
    record L1(@Bindable(defaultValue = "67108864") long maxBytes, @Bindable(defaultValue = "5s") Duration ttl) {
    }

    /**
     * {@code bff.cache.redis.*}: {@code uri} ({@code BFF_REDIS_URI}; empty: Caffeine alone), the key and channel
     * {@code namespace} (empty in production, a run's own prefix in tests), the command and connect
     * {@code timeout}, and the {@code back-off} during which Redis is skipped after a failure.
     */
    @ConfigurationProperties("redis")
    record Redis(@Nullable String uri, @Nullable String namespace, @Bindable(defaultValue = "250ms") Duration timeout,
                 @Bindable(defaultValue = "1s") Duration backOff) {

        boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }

    @ConfigurationProperties("ttl")
    record Ttl(@Bindable(defaultValue = "60s") Duration availability,
               @Bindable(defaultValue = "300s") Duration dashboardAnalytics,
               @Bindable(defaultValue = "3600s") Duration authContext,
               @Bindable(defaultValue = "600s") Duration userPermissions,
               @Bindable(defaultValue = "600s") Duration clubData) {
    }

    CacheTtls ttls() {
        return new CacheTtls(ttl.availability(), ttl.dashboardAnalytics(), ttl.authContext(), ttl.userPermissions(),
                ttl.clubData());
    }
}
