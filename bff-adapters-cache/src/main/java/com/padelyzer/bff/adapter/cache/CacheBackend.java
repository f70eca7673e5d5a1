package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.LoadCacheStatusPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;

/**
 * One cache store serving the cache ports (and its own status, {@link LoadCacheStatusPort}): {@link CaffeineCacheStore} (in process, the default) or
 * {@link TwoLevelCacheStore} (Caffeine L1 + Redis L2). The composition root makes exactly one, so every port
 * shares one key space and one eviction log, and closes it on shutdown.
 */
public interface CacheBackend extends ResponseCachePort, CallerCachePort, EvictCachedResponsesPort, LoadCacheStatusPort,
        AutoCloseable {

    /** Whether the shared level answers right now; always false for a store without one. */
    boolean redisAvailable();

    /** Counts since start, for metrics. */
    CacheStatistics statistics();

    @Override
    void close();
}
