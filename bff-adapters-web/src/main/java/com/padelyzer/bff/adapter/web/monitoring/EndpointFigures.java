package com.padelyzer.bff.adapter.web.monitoring;

/**
 * Rolling figures of one endpoint type: how many requests, response-time percentiles and maximum (ms), how many
 * exceeded the type's threshold, the mean statements per request, statements repeated with the same parameters
 * (duplicates) and with other parameters (similar), and where the answers came from.
 */
public record EndpointFigures(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs, long exceeded,
                             double meanQueries, long duplicateStatements, long similarStatements, long hits,
                             long misses, long stale) {

    /** Hits (stale included) ÷ answers that went through the cache, 0 when none did. */
    public double hitRate() {
        long cached = hits + misses + stale;
        return cached == 0 ? 0 : (double) (hits + stale) / cached;
    }
}
