package com.padelyzer.bff.adapter.persistence.statement;

import java.util.HashMap;
import java.util.Map;

/** What one unit of work on one thread sent to the database: statements, their time, repeated statements. */
final class StatementTally {

    private static final int MAX_DISTINCT_STATEMENTS = 64;

    private int statements;
    private long nanos;
    private int duplicates;
    private final Map<String, Integer> seen = new HashMap<>();

    void record(String sql, long elapsedNanos) {
        statements++;
        nanos += elapsedNanos;
        if (seen.size() < MAX_DISTINCT_STATEMENTS || seen.containsKey(sql)) {
            if (seen.merge(sql, 1, Integer::sum) > 1) {
                duplicates++;
            }
        }
    }

    int statements() {
        return statements;
    }

    long nanos() {
        return nanos;
    }

    int duplicates() {
        return duplicates;
    }
}
