package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;

import java.util.List;
import java.util.Objects;

/** The rules the performance report applies, in the order their recommendations are listed. */
public final class RecommendationRules {

    private final List<RecommendationRule> rules;

    public RecommendationRules(List<RecommendationRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * p95 over its threshold; more than 10 % of at least 20 requests over it; a hit rate below 50 % over at least
     * 100 cached requests; statements repeated with the same parameters; Redis configured but down; an index
     * without scans in at least 7 days of statistics.
     */
    public static RecommendationRules standard() {
        return new RecommendationRules(List.of(new P95OverThresholdRule(), new OftenOverThresholdRule(),
                new LowHitRateRule(), new DuplicateStatementsRule(), new RedisUnavailableRule(),
                new UnusedIndexRule()));
    }

    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        return rules.stream().flatMap(rule -> rule.recommend(evidence).stream()).toList();
    }
}
