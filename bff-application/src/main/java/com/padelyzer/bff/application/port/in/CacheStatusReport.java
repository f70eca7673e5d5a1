package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.application.cache.CacheType;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cache as the management API shows it: backends and whether Redis answers, per type its key prefix, TTL, how
 * long it may be served stale and its entries (in this process; in Redis when there is one and it answers), and the
 * response lookups since start by where they were answered.
 */
public record CacheStatusReport(String l1Backend, Optional<String> l2Backend, boolean redisAvailable,
                                List<TypeStatus> types, long l1Hits, long l2Hits, long misses) {

    public CacheStatusReport {
        Objects.requireNonNull(l1Backend, "l1Backend");
        Objects.requireNonNull(l2Backend, "l2Backend");
        types = List.copyOf(Objects.requireNonNull(types, "types"));
    }

    /** Whether a shared level (Redis) is configured, answering or not. */
    public boolean redisConfigured() {
        return l2Backend.isPresent();
    }

    public long lookups() {
        return l1Hits + l2Hits + misses;
    }

    /** Hits (either level) ÷ lookups; 0 before the first lookup. */
    public double hitRate() {
        return lookups() == 0 ? 0 : (double) (l1Hits + l2Hits) / lookups();
    }

    public record TypeStatus(CacheType type, String keyPrefix, Duration ttl, Duration staleFor, long l1Entries,
                             Optional<Long> l2Entries) {
        public TypeStatus {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            Objects.requireNonNull(ttl, "ttl");
            Objects.requireNonNull(staleFor, "staleFor");
            Objects.requireNonNull(l2Entries, "l2Entries");
        }
    }
}
