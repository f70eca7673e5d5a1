package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.CacheType;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An answer as the read path rendered it once, kept under a policy key: the body's bytes, its strong ETag and the
 * entry metadata of SPEC §6 ({@code cached_at}, {@code ttl}, {@code cache_type}). A hit serves it as it is. A store
 * keeps it {@code staleFor} past its TTL ({@link #retainedFor()}), so that the read path may serve it stale while it
 * refreshes it (dashboards only; zero otherwise).
 */
public record CachedResponse(byte[] body, String etag, Instant cachedAt, Duration ttl, CacheType type,
                             Duration staleFor) {
    public CachedResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(cachedAt, "cachedAt");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(staleFor, "staleFor");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a cached response needs a positive TTL");
        }
        if (staleFor.isNegative()) {
            throw new IllegalArgumentException("a cached response cannot be served stale for a negative time");
        }
        body = body.clone();
    }

    /** An entry never served stale. */
    public CachedResponse(byte[] body, String etag, Instant cachedAt, Duration ttl, CacheType type) {
        this(body, etag, cachedAt, ttl, type, Duration.ZERO);
    }

    /** How long a store keeps it from {@code cachedAt}: its TTL and the time it may be served stale. */
    public Duration retainedFor() {
        return ttl.plus(staleFor);
    }

    /** Until when it may be served stale (equal to {@link #expiresAt()} when never). */
    public Instant staleUntil() {
        return expiresAt().plus(staleFor);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The size of the body, without copying it (for stores bounded by bytes). */
    public int sizeInBytes() {
        return body.length;
    }

    public Instant expiresAt() {
        return cachedAt.plus(ttl);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachedResponse cached && Arrays.equals(body, cached.body) && etag.equals(cached.etag)
                && cachedAt.equals(cached.cachedAt) && ttl.equals(cached.ttl) && type == cached.type
                && staleFor.equals(cached.staleFor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(body), etag, cachedAt, ttl, type, staleFor);
    }

    @Override
    public String toString() {
        return "CachedResponse[" + type + ", " + body.length + " bytes, " + etag + ", cachedAt=" + cachedAt
                + ", ttl=" + ttl + ", staleFor=" + staleFor + "]";
    }
}
