package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheInvalidationPolicy;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.out.CacheStorePort;

/** Asks the policy which keys a change makes stale and evicts them from the store. */
public final class InvalidateCacheService implements InvalidateCacheUseCase {

    private final CacheStorePort store;
    private final CacheInvalidationPolicy policy;

    public InvalidateCacheService(CacheStorePort store, CacheInvalidationPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    @Override
    public long invalidateCache(InvalidateCacheCommand command) {
        long evicted = 0;
        for (KeyPattern pattern : policy.staleKeys(command.change())) {
            evicted += store.evictMatching(pattern);
        }
        return evicted;
    }
}
