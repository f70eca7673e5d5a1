package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.CacheBackend;
import com.padelyzer.bff.adapter.cache.CaffeineCacheStore;
import com.padelyzer.bff.adapter.cache.L1Capacity;
import com.padelyzer.bff.adapter.cache.RedisSettings;
import com.padelyzer.bff.adapter.cache.TwoLevelCacheStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Makes the one cache store that serves the response cache, the caller cache and evictions, so all three share one
 * key space and one eviction log: Caffeine alone when {@code bff.cache.redis.uri} ({@code BFF_REDIS_URI}) is empty,
 * Caffeine L1 + Redis L2 when it is set (docs/decisions/0014-two-level-cache.md). Closed on shutdown, which closes
 * the Redis connections. Metrics: no Micrometer on the classpath yet, so {@code CacheBackend.redisAvailable()} and
 * {@code statistics()} are plain getters for whoever adds a registry.
 */
@Factory
final class CacheBackendFactory {

    @Singleton
    @Bean(preDestroy = "close")
    CacheBackend cacheBackend(CacheSettings settings, L1Capacity capacity, Clock clock) {
        CacheSettings.Redis redis = settings.redis();
        if (redis == null || !redis.configured()) {
            return new CaffeineCacheStore(capacity);
        }
        RedisSettings shared = new RedisSettings(redis.uri(), redis.namespace() == null ? "" : redis.namespace(),
                redis.timeout(), redis.backOff());
        return new TwoLevelCacheStore(shared, capacity, settings.l1().ttl(), clock);
    }
}
