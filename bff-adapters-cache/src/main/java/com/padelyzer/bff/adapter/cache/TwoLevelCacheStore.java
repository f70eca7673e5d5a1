package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CacheStoreStatus;
import com.padelyzer.bff.application.port.out.CachedResponse;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache ports on two levels: Caffeine in this process (L1) and Redis shared by every instance (L2). A response is
 * looked up in L1, then in Redis (a hit fills L1); it is kept in both, in Redis for the rest of its TTL (and of the
 * time it may be served stale past it, {@code CachedResponse.staleUntil()}). The caller
 * check's values are Java objects and stay in L1. No L1 entry lives longer than {@code l1Ttl}, so an instance that
 * missed an invalidation serves a stale entry for at most that long.
 *
 * <p>An eviction removes the keys from L1 and Redis, is announced to the other instances (which evict their L1 and
 * log it, so the eviction-mark rule holds on every instance), and is repeated in Redis once a second later: an answer
 * another instance computed before the change may have reached Redis just after the first removal, before that
 * instance heard of the eviction. While Redis is down the store runs on L1 alone (see {@link RedisLink}).
 */
public final class TwoLevelCacheStore implements CacheBackend {

    static final Duration REPEAT_EVICTION_AFTER = Duration.ofSeconds(1);

    private final CaffeineCacheStore l1;
    private final Duration l1Ttl;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final RedisLevel l2;
    private final LongAdder l1Hits = new LongAdder();
    private final LongAdder l2Hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder evictionsHeard = new LongAdder();

    /** Connects to Redis; when it does not answer, starts on L1 alone and keeps trying in the background. */
    public TwoLevelCacheStore(RedisSettings redis, L1Capacity capacity, Duration l1Ttl, Clock clock) {
        if (!positive(l1Ttl)) {
            throw new IllegalArgumentException("l1_ttl must be positive, got " + l1Ttl);
        }
        this.l1 = new CaffeineCacheStore(capacity);
        this.l1Ttl = l1Ttl;
        this.clock = clock;
        this.l2 = new RedisLevel(redis, this::heard);
    }

    @Override
    public Optional<CachedResponse> find(String key) {
        Optional<CachedResponse> local = l1.find(key);
        if (local.isPresent()) {
            l1Hits.increment();
            return local;
        }
        long mark = l1.evictionMark();
        Optional<CachedResponse> shared = l2.get(key).filter(response -> {
            Duration left = timeLeft(response);
            return positive(left) && l1.keep(key, response, shortest(left, l1Ttl), mark);
        });
        (shared.isPresent() ? l2Hits : misses).increment();
        return shared;
    }

    @Override
    public <V> Optional<V> find(String key, Class<V> type) {
        return l1.find(key, type);
    }

    @Override
    public long evictionMark() {
        return l1.evictionMark();
    }

    @Override
    public boolean keep(String key, CachedResponse response, long mark) {
        Duration left = timeLeft(response);
        if (!positive(left) || !l1.keep(key, response, shortest(left, l1Ttl), mark)) {
            return false;
        }
        l2.set(key, response, left);
        if (l1.evictedSince(key, mark)) {
            l1.forget(key);
            l2.delete(key);
            return false;
        }
        return true;
    }

    @Override
    public boolean keep(String key, Object value, Duration ttl, long mark) {
        return l1.keep(key, value, shortest(ttl, l1Ttl), mark);
    }

    @Override
    public boolean evict(String key) {
        evictions.increment();
        boolean local = l1.forget(key);
        boolean shared = l2.delete(key);
        l2.announce(Invalidation.ofKey(instance, key));
        l2.later(() -> l2.delete(key), REPEAT_EVICTION_AFTER);
        return local || shared;
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        evictions.increment();
        long local = l1.forgetMatching(pattern);
        long shared = l2.deleteMatching(pattern);
        l2.announce(Invalidation.ofPattern(instance, pattern));
        l2.later(() -> l2.deleteMatching(pattern), REPEAT_EVICTION_AFTER);
        return Math.max(local, shared);
    }

    @Override
    public long evictAll() {
        return evictMatching(KeyPattern.EVERY_KEY);
    }

    /** An eviction another instance announced: L1 only, Redis was done by the sender. */
    private void heard(String message) {
        Invalidation.parse(message).filter(invalidation -> !invalidation.sender().equals(instance)).ifPresent(heard -> {
            evictionsHeard.increment();
            if (heard.singleKey()) {
                l1.forget(heard.keyOrPrefix());
            } else {
                l1.forgetMatching(heard.pattern());
            }
        });
    }

    /** How much longer a store keeps {@code response}: until it may no longer be served, even stale. */
    private Duration timeLeft(CachedResponse response) {
        return shortest(Duration.between(clock.instant(), response.staleUntil()), response.retainedFor());
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static Duration shortest(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    @Override
    public boolean redisAvailable() {
        return l2.available();
    }

    @Override
    public CacheStatistics statistics() {
        CacheStatistics local = l1.statistics();
        return new CacheStatistics(l1Hits.sum(), l2Hits.sum(), misses.sum(), evictions.sum(), evictionsHeard.sum(),
                l2.outages(), local.expired(), local.evictedForSpace());
    }

    /**
     * L1 entries per type (this process), Redis entries per type counted by one {@code SCAN} walk over the
     * namespace's keys (pages of {@value RedisLevel#SCAN_PAGE}, never {@code KEYS}; empty while Redis is down), and
     * the lookups by level.
     */
    @Override
    public CacheStoreStatus loadCacheStatus() {
        return new CacheStoreStatus("caffeine", Optional.of("redis"), l2.available(), l1.entriesByType(),
                l2.entriesByType(), l1Hits.sum(), l2Hits.sum(), misses.sum());
    }

    @Override
    public void close() {
        l2.close();
        l1.close();
    }
}
