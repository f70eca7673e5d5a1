package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.EndpointLoad;

/**
 * The health score, 0 (bad) to 100 (nothing to complain about):
 * <pre>
 * score = 100
 *       − Σ over endpoint types with requests:  25 × exceeded ÷ count         (share over the threshold)
 *       − Σ over endpoint types with requests:  10 if p95 &gt; threshold
 *       − if ≥ 100 requests went through the cache and their hit rate h &lt; 0.5:  40 × (0.5 − h)   (at most 20)
 *       − 15 if Redis is configured but does not answer
 * clamped to 0..100, rounded to the nearest integer.
 * </pre>
 * Without traffic and with Redis fine (or not configured) it is 100. It never rises when a type's share over the
 * threshold grows. The hit rate is the requests' ({@code X-Cache}), not the store's lookups, which include warm-ups.
 */
public final class HealthScore {

    static final double SHARE_OVER_THRESHOLD_WEIGHT = 25;
    static final double P95_OVER_THRESHOLD_PENALTY = 10;
    static final long MIN_CACHED_REQUESTS = 100;
    static final double LOW_HIT_RATE = 0.5;
    static final double HIT_RATE_WEIGHT = 40;
    static final double REDIS_DOWN_PENALTY = 15;

    private HealthScore() {
    }

    public static int of(PerformanceEvidence evidence) {
        double score = 100;
        for (EndpointLoad endpoint : evidence.endpoints()) {
            if (endpoint.count() == 0) {
                continue;
            }
            score -= SHARE_OVER_THRESHOLD_WEIGHT * endpoint.exceededShare();
            if (endpoint.p95Ms() > endpoint.thresholdMs()) {
                score -= P95_OVER_THRESHOLD_PENALTY;
            }
        }
        double hitRate = evidence.requestHitRate();
        if (evidence.cachedRequests() >= MIN_CACHED_REQUESTS && hitRate < LOW_HIT_RATE) {
            score -= HIT_RATE_WEIGHT * (LOW_HIT_RATE - hitRate);
        }
        if (evidence.redisDown()) {
            score -= REDIS_DOWN_PENALTY;
        }
        return (int) Math.round(Math.max(0, Math.min(100, score)));
    }
}
