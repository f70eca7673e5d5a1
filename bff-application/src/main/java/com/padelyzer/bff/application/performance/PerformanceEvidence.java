package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.EndpointLoad;
import com.padelyzer.bff.application.port.in.IndexUsageReport;

import java.util.List;
import java.util.Objects;

/** Everything the score and the rules judge: the monitor's figures per endpoint type, the cache, the indexes. */
public record PerformanceEvidence(List<EndpointLoad> endpoints, CacheStatusReport cache, IndexUsageReport indexes) {

    public PerformanceEvidence {
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(indexes, "indexes");
    }

    /** Requests of every endpoint type that went through the cache. */
    public long cachedRequests() {
        return endpoints.stream().mapToLong(EndpointLoad::cachedRequests).sum();
    }

    /** Hits (stale included) ÷ requests through the cache, over every endpoint type; 0 when none went through. */
    public double requestHitRate() {
        long cached = cachedRequests();
        long hits = endpoints.stream().mapToLong(e -> e.hits() + e.stale()).sum();
        return cached == 0 ? 0 : (double) hits / cached;
    }

    /** Redis is configured but does not answer. */
    public boolean redisDown() {
        return cache.redisConfigured() && !cache.redisAvailable();
    }
}
