package com.padelyzer.bff.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CacheStoreStatus;
import com.padelyzer.bff.application.port.out.CachedResponse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache ports on Caffeine, in process: rendered responses bounded by the bytes they hold (least recently used
 * go first), the caller check's values bounded by count, each entry living for its own TTL. Every eviction is
 * logged so that an answer computed before it is not kept after it. The default store, made by the composition root.
 */
public final class CaffeineCacheStore implements CacheBackend {

    static final int MAX_CALLER_ENTRIES = 100_000;
    static final int EVICTIONS_REMEMBERED = 4_096;

    private final Cache<String, Kept<CachedResponse>> responses;
    private final Cache<String, Kept<Object>> values;
    private final EvictionLog evictions = new EvictionLog(EVICTIONS_REMEMBERED);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictionsAsked = new LongAdder();
    private final LongAdder expired = new LongAdder();
    private final LongAdder evictedForSpace = new LongAdder();

    public CaffeineCacheStore(L1Capacity capacity) {
        this(capacity.maxBytes(), Ticker.systemTicker());
    }

    CaffeineCacheStore(long maxBytes, Ticker ticker) {
        this.responses = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, Kept<CachedResponse> kept) -> key.length() + kept.value().sizeInBytes())
                .expireAfter(Expiry.writing((String key, Kept<CachedResponse> kept) -> kept.life()))
                .removalListener((String key, Kept<CachedResponse> kept, RemovalCause cause) -> {
                    if (cause == RemovalCause.EXPIRED) {
                        expired.increment();
                    } else if (cause == RemovalCause.SIZE) {
                        evictedForSpace.increment();
                    }
                })
                .build();
        this.values = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(MAX_CALLER_ENTRIES)
                .expireAfter(Expiry.writing((String key, Kept<Object> kept) -> kept.life()))
                .build();
    }

    /** Runs the pending removals now (expired entries), so that counts are up to date; tests only. */
    void cleanUp() {
        responses.cleanUp();
        values.cleanUp();
    }

    @Override
    public Optional<CachedResponse> find(String key) {
        Kept<CachedResponse> kept = responses.getIfPresent(key);
        (kept == null ? misses : hits).increment();
        return kept == null ? Optional.empty() : Optional.of(kept.value());
    }

    @Override
    public <V> Optional<V> find(String key, Class<V> type) {
        Kept<Object> kept = values.getIfPresent(key);
        return kept != null && type.isInstance(kept.value()) ? Optional.of(type.cast(kept.value())) : Optional.empty();
    }

    @Override
    public long evictionMark() {
        return evictions.mark();
    }

    /** Keeps {@code response} for its TTL and the time it may be served stale ({@code retainedFor}). */
    @Override
    public boolean keep(String key, CachedResponse response, long mark) {
        return keep(key, response, response.retainedFor(), mark);
    }

    /** Keeps {@code response} for {@code life} (not its own retention) unless evicted since {@code mark}. */
    boolean keep(String key, CachedResponse response, Duration life, long mark) {
        return keepUnlessEvicted(key, mark, () -> responses.put(key, new Kept<>(response, life)));
    }

    @Override
    public boolean keep(String key, Object value, Duration ttl, long mark) {
        return keepUnlessEvicted(key, mark, () -> values.put(key, new Kept<>(value, ttl)));
    }

    /**
     * Kept first, checked after: an eviction racing with the put either is in the log when checked (the entry goes
     * again) or ran after the put (and removed it).
     */
    private boolean keepUnlessEvicted(String key, long mark, Runnable put) {
        put.run();
        if (evictedSince(key, mark)) {
            responses.invalidate(key);
            values.invalidate(key);
            return false;
        }
        return true;
    }

    /** Whether an eviction matching {@code key} was recorded here after {@code mark}. */
    boolean evictedSince(String key, long mark) {
        return evictions.evictedSince(key, mark);
    }

    @Override
    public boolean evict(String key) {
        evictionsAsked.increment();
        return forget(key);
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        evictionsAsked.increment();
        return forgetMatching(pattern);
    }

    @Override
    public long evictAll() {
        return evictMatching(KeyPattern.EVERY_KEY);
    }

    /** Records the eviction of {@code key} and removes it from this process (not counted as asked of it). */
    boolean forget(String key) {
        evictions.record(new KeyPattern(key));
        boolean wasResponse = responses.asMap().remove(key) != null;
        return values.asMap().remove(key) != null || wasResponse;
    }

    /** Records the eviction of {@code pattern} and removes its keys from this process; how many were removed. */
    long forgetMatching(KeyPattern pattern) {
        evictions.record(pattern);
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

    @Override
    public boolean redisAvailable() {
        return false;
    }

    @Override
    public CacheStatistics statistics() {
        return new CacheStatistics(hits.sum(), 0, misses.sum(), evictionsAsked.sum(), 0, 0, expired.sum(),
                evictedForSpace.sum());
    }

    /** Entries per type (a walk over the keys held in this process), no shared level, the lookup counts. */
    @Override
    public CacheStoreStatus loadCacheStatus() {
        return new CacheStoreStatus("caffeine", Optional.empty(), false, entriesByType(), Optional.empty(),
                hits.sum(), 0, misses.sum());
    }

    /** The entries of each type held in this process: rendered responses and the caller check's values. */
    Map<CacheType, Long> entriesByType() {
        EntriesByType entries = new EntriesByType();
        responses.asMap().keySet().forEach(entries::count);
        values.asMap().keySet().forEach(entries::count);
        return entries.counts();
    }

    @Override
    public void close() {
        responses.invalidateAll();
        values.invalidateAll();
    }

    private record Kept<V>(V value, Duration life) {
    }
}
