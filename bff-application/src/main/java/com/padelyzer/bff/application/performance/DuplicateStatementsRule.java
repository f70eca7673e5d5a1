package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.util.List;
import java.util.Optional;

/** An endpoint type whose requests ran a statement more than once with the same parameters. */
public final class DuplicateStatementsRule implements RecommendationRule {

    @Override
    public String name() {
        return "duplicate_statements";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        return evidence.endpoints().stream()
                .filter(endpoint -> endpoint.duplicateStatements() > 0)
                .map(endpoint -> new Recommendation(name(), endpoint.endpoint() + " requests repeated "
                        + endpoint.duplicateStatements() + " statements with the same parameters: read once per "
                        + "request (one consistent snapshot per port)",
                        new Evidence(Optional.of(endpoint.endpoint()), "duplicate_statements",
                                endpoint.duplicateStatements(), 0)))
                .toList();
    }
}
