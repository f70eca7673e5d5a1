package com.padelyzer.bff.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CacheEntry;
import com.padelyzer.bff.application.port.out.CacheStorePort;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The in-process store: each entry lives for its own TTL, and the whole cache is bounded by the bytes it holds
 * (least recently used entries go first), so memory stays bounded whatever is cached.
 */
@Singleton
final class CaffeineCacheStore implements CacheStorePort {

    private static final String SERVICE_PREFIX = "bff:";

    private final Cache<String, CacheEntry> entries;

    @Inject
    CaffeineCacheStore(@Value("${bff.cache.l1.max-bytes:67108864}") long maxBytes) {
        this(maxBytes, Ticker.systemTicker());
    }

    CaffeineCacheStore(long maxBytes, Ticker ticker) {
        this.entries = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, CacheEntry entry) -> key.length() + entry.sizeInBytes())
                .expireAfter(Expiry.creating((String key, CacheEntry entry) -> entry.ttl()))
                .build();
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public void put(String key, CacheEntry entry) {
        entries.put(key, entry);
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
        return removeKeysWhere(key -> key.startsWith(SERVICE_PREFIX));
    }

    private long removeKeysWhere(java.util.function.Predicate<String> doomed) {
        long removed = 0;
        for (String key : entries.asMap().keySet()) {
            if (doomed.test(key) && entries.asMap().remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }
}
