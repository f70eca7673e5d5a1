package com.padelyzer.bff.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The cache ports on Caffeine, in process: rendered responses bounded by the bytes they hold (least recently used
 * go first), the caller check's values bounded by count, each entry living for its own TTL. Every eviction is
 * logged so that an answer computed before it is not kept after it.
 */
@Singleton
final class CaffeineCacheStore implements ResponseCachePort, CallerCachePort, EvictCachedResponsesPort {

    static final int MAX_CALLER_ENTRIES = 100_000;
    static final int EVICTIONS_REMEMBERED = 4_096;

    private final Cache<String, CachedResponse> responses;
    private final Cache<String, KeptValue> values;
    private final EvictionLog evictions = new EvictionLog(EVICTIONS_REMEMBERED);

    @Inject
    CaffeineCacheStore(L1Capacity capacity) {
        this(capacity.maxBytes(), Ticker.systemTicker());
    }

    CaffeineCacheStore(long maxBytes, Ticker ticker) {
        this.responses = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse entry) -> key.length() + entry.sizeInBytes())
                .expireAfter(Expiry.creating((String key, CachedResponse entry) -> entry.retainedFor()))
                .build();
        this.values = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(MAX_CALLER_ENTRIES)
                .expireAfter(Expiry.creating((String key, KeptValue kept) -> kept.ttl()))
                .build();
    }

    @Override
    public Optional<CachedResponse> find(String key) {
        return Optional.ofNullable(responses.getIfPresent(key));
    }

    @Override
    public <V> Optional<V> find(String key, Class<V> type) {
        KeptValue kept = values.getIfPresent(key);
        return kept != null && type.isInstance(kept.value()) ? Optional.of(type.cast(kept.value())) : Optional.empty();
    }

    @Override
    public long evictionMark() {
        return evictions.mark();
    }

    @Override
    public boolean keep(String key, CachedResponse response, long mark) {
        return keepUnlessEvicted(key, mark, () -> responses.put(key, response));
    }

    @Override
    public boolean keep(String key, Object value, Duration ttl, long mark) {
        return keepUnlessEvicted(key, mark, () -> values.put(key, new KeptValue(value, ttl)));
    }

    /**
     * Kept first, checked after: an eviction racing with the put either is in the log when checked (the entry goes
     * again) or ran after the put (and removed it).
     */
    private boolean keepUnlessEvicted(String key, long mark, Runnable put) {
        put.run();
        if (evictions.evictedSince(key, mark)) {
            responses.invalidate(key);
            values.invalidate(key);
            return false;
        }
        return true;
    }

    @Override
    public boolean evict(String key) {
        evictions.record(new KeyPattern(key));
        boolean wasResponse = responses.asMap().remove(key) != null;
        return values.asMap().remove(key) != null || wasResponse;
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        evictions.record(pattern);
        return removeKeysMatching(pattern);
    }

    @Override
    public long evictAll() {
        return evictMatching(KeyPattern.EVERY_KEY);
    }

    private long removeKeysMatching(KeyPattern pattern) {
        long removed = 0;
        for (String key : responses.asMap().keySet()) {
            if (pattern.matches(key) && responses.asMap().remove(key) != null) {
                removed++;
            }
        }
        for (String key : values.asMap().keySet()) {
            if (pattern.matches(key) && values.asMap().remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }

    private record KeptValue(Object value, Duration ttl) {
    }
}
