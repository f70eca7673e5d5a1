package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.util.List;
import java.util.Optional;

/** An endpoint type whose 95th percentile is over its threshold: most of its slowness is not a rare outlier. */
public final class P95OverThresholdRule implements RecommendationRule {

    @Override
    public String name() {
        return "p95_over_threshold";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        return evidence.endpoints().stream()
                .filter(endpoint -> endpoint.count() > 0 && endpoint.p95Ms() > endpoint.thresholdMs())
                .map(endpoint -> new Recommendation(name(), "p95 of " + endpoint.endpoint() + " is "
                        + Math.round(endpoint.p95Ms()) + " ms, over its " + Math.round(endpoint.thresholdMs())
                        + " ms threshold: look at its misses' statements (Server-Timing) and its hit rate",
                        new Evidence(Optional.of(endpoint.endpoint()), "p95_ms", endpoint.p95Ms(),
                                endpoint.thresholdMs())))
                .toList();
    }
}
