package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code idx_bff_*} indexes with their scans, tuples, size and definition, and how long the statistics have
 * been counting: an index with no scans since yesterday's reset is no evidence that it is unused.
 */
public record IndexUsageReport(Instant generatedAt, Instant statisticsSince, long statisticsAgeSeconds,
                               List<IndexUsage> indexes) {

    public IndexUsageReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(statisticsSince, "statisticsSince");
        indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    }

    public record IndexUsage(String name, String table, long scans, long tuplesRead, long tuplesFetched,
                             long sizeBytes, String definition, boolean valid, boolean backsConstraint) {
    }
}
