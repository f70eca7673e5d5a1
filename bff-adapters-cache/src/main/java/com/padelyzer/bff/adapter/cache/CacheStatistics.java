package com.padelyzer.bff.adapter.cache;

/**
 * What a {@link CacheBackend} counted since it started. Lookups are those of rendered responses ({@code find(key)}):
 * a hit in the process ({@code l1Hits}), a hit in Redis ({@code l2Hits}) or neither ({@code misses}).
 * {@code evictions} are the evictions asked of this instance (key, pattern or all), {@code evictionsHeard} those
 * another instance announced, {@code redisOutages} how often Redis stopped answering.
 */
public record CacheStatistics(long l1Hits, long l2Hits, long misses, long evictions, long evictionsHeard,
                              long redisOutages) {
}
