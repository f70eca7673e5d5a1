package com.padelyzer.bff.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Both cache ports on Caffeine, in process: each entry lives for its own TTL, and the whole cache is bounded by the
 * bytes it holds (least recently used entries go first), so memory stays bounded whatever is cached.
 */
@Singleton
final class CaffeineCacheStore implements ResponseCachePort, EvictCachedResponsesPort {

    private final Cache<String, CachedResponse> entries;

    @Inject
    CaffeineCacheStore(L1Capacity capacity) {
        this(capacity.maxBytes(), Ticker.systemTicker());
    }

    CaffeineCacheStore(long maxBytes, Ticker ticker) {
        this.entries = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse entry) -> key.length() + entry.sizeInBytes())
                .expireAfter(Expiry.creating((String key, CachedResponse entry) -> entry.ttl()))
                .build();
    }

    @Override
    public Optional<CachedResponse> find(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public void keep(String key, CachedResponse response) {
        entries.put(key, response);
    }

    @Override
    public boolean evict(String key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        return removeKeysWhere(pattern::matches);
    }

    @Override
    public long evictAll() {
        return removeKeysWhere(KeyPattern.EVERY_KEY::matches);
    }

    private long removeKeysWhere(Predicate<String> doomed) {
        long removed = 0;
        for (String key : entries.asMap().keySet()) {
            if (doomed.test(key) && entries.asMap().remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }
}
