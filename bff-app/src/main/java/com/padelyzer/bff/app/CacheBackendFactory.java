package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.CacheBackend;
import com.padelyzer.bff.adapter.cache.CaffeineCacheStore;
import com.padelyzer.bff.adapter.cache.L1Capacity;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Makes the one cache store that serves the response cache, the caller cache and evictions, so all three share one
 * key space and one eviction log; closed on shutdown.
 */
@Factory
final class CacheBackendFactory {

    @Singleton
    @Bean(preDestroy = "close")
    CacheBackend cacheBackend(L1Capacity capacity) {
        return new CaffeineCacheStore(capacity);
    }
}
