package com.padelyzer.bff.application.port.in;

import java.util.Objects;

/**
 * The request monitor's rolling figures of one endpoint type ({@code dashboard}, {@code auth_context}, ...) as the
 * performance report reads them: requests, p95 and the threshold in milliseconds, how many exceeded it, statements
 * per request and duplicated ones, and what {@code X-Cache} said (hits, misses, stale).
 */
public record EndpointLoad(String endpoint, long count, double p95Ms, double thresholdMs, long exceeded,
                           double meanQueries, long duplicateStatements, long hits, long misses, long stale) {

    public EndpointLoad {
        Objects.requireNonNull(endpoint, "endpoint");
        if (count < 0 || exceeded < 0 || exceeded > count || duplicateStatements < 0 || hits < 0 || misses < 0
                || stale < 0) {
            throw new IllegalArgumentException("counts are non-negative and at most " + count + " exceeded");
        }
        if (!(thresholdMs > 0)) {
            throw new IllegalArgumentException("a threshold is positive, got " + thresholdMs);
        }
    }

    /** The share of requests over the threshold, 0 without requests. */
    public double exceededShare() {
        return count == 0 ? 0 : (double) exceeded / count;
    }

    /** Requests answered through the cache (hit, miss or stale). */
    public long cachedRequests() {
        return hits + misses + stale;
    }

    /** Hits (stale included) ÷ requests answered through the cache, 0 when none was. */
    public double hitRate() {
        return cachedRequests() == 0 ? 0 : (double) (hits + stale) / cachedRequests();
    }
}
