package com.padelyzer.bff.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the caller check's pieces (a user's access, a token found not blacklisted, a club's tenancy) in this
 * process, so a cache hit sends no statement at all. The entries share the responses' key space and evictions:
 * the same data change, flush or invalidation removes them, with the same eviction-mark rule as
 * {@link ResponseCachePort}.
 */
public interface CallerCachePort {

    <V> Optional<V> find(String key, Class<V> type);

    long evictionMark();

    /** Keeps {@code value} for {@code ttl} unless an eviction matching {@code key} came after {@code mark}. */
    boolean keep(String key, Object value, Duration ttl, long mark);
}
