package com.padelyzer.bff.adapter.cache;

/**
 * What a {@link CacheBackend} counted since it started. Lookups are those of rendered responses ({@code find(key)}):
 * a hit in the process ({@code l1Hits}), a hit in Redis ({@code l2Hits}) or neither ({@code misses}).
 * {@code evictions} are the evictions asked of this instance (key, pattern or all), {@code evictionsHeard} those
 * another instance announced, {@code redisOutages} how often Redis stopped answering. {@code expired} counts the
 * responses that left the in-process level because their time was up (their TTL, or with Redis the shorter L1
 * life), {@code evictedForSpace} those dropped to stay within its byte budget.
 */
public record CacheStatistics(long l1Hits, long l2Hits, long misses, long evictions, long evictionsHeard,
                              long redisOutages, long expired, long evictedForSpace) {

    public CacheStatistics(long l1Hits, long l2Hits, long misses, long evictions, long evictionsHeard,
                           long redisOutages) {
        this(l1Hits, l2Hits, misses, evictions, evictionsHeard, redisOutages, 0, 0);
    }
}
