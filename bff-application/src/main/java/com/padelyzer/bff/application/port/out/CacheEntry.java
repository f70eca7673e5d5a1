package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.CacheType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/** A cached value (usually rendered response bytes) with its metadata: when it was cached, its TTL and its type. */
public record CacheEntry(byte[] value, Instant cachedAt, Duration ttl, CacheType type) {
    public CacheEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(cachedAt, "cachedAt");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(type, "type");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a cache entry needs a positive TTL");
        }
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The size of the cached value, without copying it (for stores bounded by bytes). */
    public int sizeInBytes() {
        return value.length;
    }

    public Instant expiresAt() {
        return cachedAt.plus(ttl);
    }

    /** Seconds left at {@code now}, never negative (for {@code Cache-Control: max-age}). */
    public long secondsLeft(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt()).getSeconds());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheEntry entry && Arrays.equals(value, entry.value)
                && cachedAt.equals(entry.cachedAt) && ttl.equals(entry.ttl) && type == entry.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(value), cachedAt, ttl, type);
    }

    @Override
    public String toString() {
        return "CacheEntry[" + type + ", " + value.length + " bytes, cachedAt=" + cachedAt + ", ttl=" + ttl + "]";
    }
}
