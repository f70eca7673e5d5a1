package com.padelyzer.bff.adapter.persistence.catalog;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The index statistics document of {@link IndexStatisticsAdapter#SELECT}. */
@Serdeable
record IndexStatisticsRow(String countingSince, List<IndexRow> indexes) {

    @Serdeable
    record IndexRow(String name, String table, long scans, long tuplesRead, long tuplesFetched, long sizeBytes,
                    String definition, boolean valid, boolean backsConstraint) {
    }
}
