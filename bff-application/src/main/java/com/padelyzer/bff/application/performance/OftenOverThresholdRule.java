package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.util.List;
import java.util.Optional;

/** An endpoint type with more than 10 % of at least 20 requests over its threshold. */
public final class OftenOverThresholdRule implements RecommendationRule {

    static final double MAX_SHARE = 0.10;
    static final long MIN_REQUESTS = 20;

    @Override
    public String name() {
        return "often_over_threshold";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        return evidence.endpoints().stream()
                .filter(endpoint -> endpoint.count() >= MIN_REQUESTS && endpoint.exceededShare() > MAX_SHARE)
                .map(endpoint -> new Recommendation(name(), endpoint.exceeded() + " of " + endpoint.count() + " "
                        + endpoint.endpoint() + " requests took longer than " + Math.round(endpoint.thresholdMs())
                        + " ms: see the BFF Performance alert lines for which ones",
                        new Evidence(Optional.of(endpoint.endpoint()), "exceeded_share", endpoint.exceededShare(),
                                MAX_SHARE)))
                .toList();
    }
}
