package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.KeyPattern;
import java.util.Optional;

/**
 * The cache store (Caffeine, Redis, or both). Keys come from the cache policy; the store honours each entry's TTL.
 * Eviction by pattern must not block the store (Redis: SCAN, never KEYS).
 */
public interface CacheStorePort {

    Optional<CacheEntry> get(String key);

    void put(String key, CacheEntry entry);

    /** Removes one key; true when it was present (best effort on distributed stores). */
    boolean evict(String key);

    /** Removes every key matching the pattern; returns how many were removed. */
    long evictMatching(KeyPattern pattern);

    /** Removes every entry of this service (keys starting {@code bff:}); returns how many were removed. */
    long evictAll();
}
