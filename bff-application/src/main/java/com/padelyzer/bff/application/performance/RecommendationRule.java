package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;

import java.util.List;

/** One rule of the performance report: the recommendations the evidence triggers, each naming that evidence. */
public interface RecommendationRule {

    /** The rule's name as the report shows it, e.g. {@code p95_over_threshold}. */
    String name();

    List<Recommendation> recommend(PerformanceEvidence evidence);
}
