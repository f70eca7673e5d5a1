package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.IndexUsageReport.IndexUsage;
import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An {@code idx_bff_*} index with no scan in at least 7 days of statistics that backs no constraint: it costs
 * every write and serves no read. Younger statistics are no evidence, so the rule stays silent then.
 */
public final class UnusedIndexRule implements RecommendationRule {

    static final Duration MIN_STATISTICS_AGE = Duration.ofDays(7);

    @Override
    public String name() {
        return "unused_index";
    }

    @Override
    public List<Recommendation> recommend(PerformanceEvidence evidence) {
        long age = evidence.indexes().statisticsAgeSeconds();
        if (age < MIN_STATISTICS_AGE.toSeconds()) {
            return List.of();
        }
        return evidence.indexes().indexes().stream()
                .filter(index -> index.scans() == 0 && !index.backsConstraint())
                .map(index -> recommendation(index, age))
                .toList();
    }

    private Recommendation recommendation(IndexUsage index, long age) {
        return new Recommendation(name(), index.name() + " on " + index.table() + " had no scan in "
                + Duration.ofSeconds(age).toDays() + " days of statistics: check the query it was made for, or drop it",
                new Evidence(Optional.empty(), "scans:" + index.name(), 0, 1));
    }
}
