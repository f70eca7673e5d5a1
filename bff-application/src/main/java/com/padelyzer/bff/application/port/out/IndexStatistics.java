package com.padelyzer.bff.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL's usage statistics of the service's {@code idx_bff_*} indexes, and since when they count
 * ({@code countingSince}: the last statistics reset, else the server start).
 */
public record IndexStatistics(List<Index> indexes, Instant countingSince) {

    public IndexStatistics {
        indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
        Objects.requireNonNull(countingSince, "countingSince");
    }

    public record Index(String name, String table, long scans, long tuplesRead, long tuplesFetched, long sizeBytes,
                        String definition, boolean valid, boolean backsConstraint) {
        public Index {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(definition, "definition");
        }
    }
}
