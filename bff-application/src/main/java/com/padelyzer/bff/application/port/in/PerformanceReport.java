package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The performance report's computed part (SPEC §7): a health score from 0 to 100 (formula:
 * {@code com.padelyzer.bff.application.performance.HealthScore}), the cache's status, a small summary of the
 * database's targeted indexes, and the recommendations with their evidence.
 */
public record PerformanceReport(Instant generatedAt, int healthScore, CacheStatusReport cache,
                                DatabaseSummary database, List<Recommendation> recommendations) {

    public PerformanceReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(database, "database");
        recommendations = List.copyOf(Objects.requireNonNull(recommendations, "recommendations"));
        if (healthScore < 0 || healthScore > 100) {
            throw new IllegalArgumentException("a health score is 0 to 100, got " + healthScore);
        }
    }

    /**
     * The {@code idx_bff_*} indexes: how many, which had no scan while the statistics counted, and for how long
     * they have counted (an index unused since yesterday's reset is no evidence).
     */
    public record DatabaseSummary(int indexes, List<String> indexesWithoutScans, long statisticsAgeSeconds) {
        public DatabaseSummary {
            indexesWithoutScans = List.copyOf(Objects.requireNonNull(indexesWithoutScans, "indexesWithoutScans"));
        }
    }
}
