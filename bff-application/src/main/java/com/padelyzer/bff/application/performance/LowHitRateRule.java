package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.util.List;
import java.util.Optional;

/** An endpoint type with at least 100 requests through the cache and fewer than half of them hits. */
public final class LowHitRateRule implements RecommendationRule {

    static final double MIN_HIT_RATE = 0.5;
    static final long MIN_CACHED_REQUESTS = 100;

    @Override
    public String name() {
        return "low_hit_rate";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        return evidence.endpoints().stream()
                .filter(endpoint -> endpoint.cachedRequests() >= MIN_CACHED_REQUESTS
                        && endpoint.hitRate() < MIN_HIT_RATE)
                .map(endpoint -> new Recommendation(name(), "only " + Math.round(endpoint.hitRate() * 100) + " % of "
                        + endpoint.cachedRequests() + " " + endpoint.endpoint() + " requests were hits: warm the cache "
                        + "(POST /api/management/bff/cache/warmup/) or check how often its keys are evicted",
                        new Evidence(Optional.of(endpoint.endpoint()), "hit_rate", endpoint.hitRate(),
                                MIN_HIT_RATE)))
                .toList();
    }
}
