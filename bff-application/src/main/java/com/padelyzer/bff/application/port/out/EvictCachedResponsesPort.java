package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.KeyPattern;

/** Removes kept answers that a change made stale. Eviction by pattern must not block the store (Redis: SCAN). */
public interface EvictCachedResponsesPort {

    /** Removes one key; true when it was present (best effort on distributed stores). */
    boolean evict(String key);

    /** Removes every key matching the pattern; returns how many were removed. */
    long evictMatching(KeyPattern pattern);

    /** Removes every entry of this service (keys starting {@code bff:}); returns how many were removed. */
    long evictAll();
}
