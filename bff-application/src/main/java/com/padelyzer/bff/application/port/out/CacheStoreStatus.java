package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.CacheType;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the cache store holds and has counted, read at once: its backends ({@code l1Backend}, e.g. {@code caffeine};
 * {@code l2Backend}, e.g. {@code redis}, empty without a shared level), whether the shared level answers, the entries
 * per type in this process and in the shared level (empty without one or while it is down), and the response
 * lookups since start by where they were answered.
 */
public record CacheStoreStatus(String l1Backend, Optional<String> l2Backend, boolean redisAvailable,
                               Map<CacheType, Long> l1Entries, Optional<Map<CacheType, Long>> l2Entries,
                               long l1Hits, long l2Hits, long misses) {

    public CacheStoreStatus {
        Objects.requireNonNull(l1Backend, "l1Backend");
        Objects.requireNonNull(l2Backend, "l2Backend");
        l1Entries = Map.copyOf(Objects.requireNonNull(l1Entries, "l1Entries"));
        l2Entries = Objects.requireNonNull(l2Entries, "l2Entries").map(Map::copyOf);
        if (l1Hits < 0 || l2Hits < 0 || misses < 0) {
            throw new IllegalArgumentException("lookup counts cannot be negative");
        }
    }
}
