package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheInvalidationPolicy;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;

/** Asks the policy which keys a change makes stale and evicts them from the responses. */
public final class InvalidateCacheService implements InvalidateCacheUseCase {

    private final EvictCachedResponsesPort responses;
    private final CacheInvalidationPolicy policy;

    public InvalidateCacheService(EvictCachedResponsesPort responses, CacheInvalidationPolicy policy) {
        this.responses = responses;
        this.policy = policy;
    }

    @Override
    public long invalidateCache(InvalidateCacheCommand command) {
        long evicted = 0;
        for (KeyPattern pattern : policy.staleKeys(command.change())) {
            evicted += responses.evictMatching(pattern);
        }
        return evicted;
    }
}
