package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.application.cache.CacheType;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An answer as the read path rendered it once, kept under a policy key: the body's bytes, its strong ETag and the
 * entry metadata of SPEC §6 ({@code cached_at}, {@code ttl}, {@code cache_type}). A hit serves it as it is.
 */
public record CachedResponse(byte[] body, String etag, Instant cachedAt, Duration ttl, CacheType type) {
    public CachedResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(cachedAt, "cachedAt");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(type, "type");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a cached response needs a positive TTL");
        }
        body = body.clone();
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
                && cachedAt.equals(cached.cachedAt) && ttl.equals(cached.ttl) && type == cached.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(body), etag, cachedAt, ttl, type);
    }

    @Override
    public String toString() {
        return "CachedResponse[" + type + ", " + body.length + " bytes, " + etag + ", cachedAt=" + cachedAt
                + ", ttl=" + ttl + "]";
    }
}
