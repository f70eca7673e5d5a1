package com.padelyzer.bff.adapter.persistence.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one unit of work on one thread sent to the database: statements, their time, and how many repeated an
 * earlier statement of the unit exactly (duplicates: same SQL, same parameters) or by SQL only (similar).
 *
 * <p>Memory is bounded: at most {@value #MAX_FINGERPRINTS} fingerprints (an SQL text with one parameter hash) are
 * kept per tally. Past that, statements are still counted, and a repeat of a known SQL text still counts as similar,
 * but new SQL texts and new parameter sets are no longer remembered, so later repeats of them go unreported. The SQL
 * text is the statement's own string (a reference, not a copy); parameters are kept only as a 64-bit hash, so two
 * different parameter sets colliding would be misreported as a duplicate (negligible, and never a miscount of
 * statements).
 */
final class StatementTally {

    static final int MAX_FINGERPRINTS = 256;

    private int statements;
    private long nanos;
    private int duplicates;
    private int similar;
    private int fingerprints;
    private final Map<String, Set<Long>> seen = new HashMap<>();

    void record(String sql, long parameterHash, long elapsedNanos) {
        statements++;
        nanos += elapsedNanos;
        Set<Long> parameterSets = seen.get(sql);
        if (parameterSets == null) {
            if (fingerprints < MAX_FINGERPRINTS) {
                Set<Long> first = new HashSet<>(2);
                first.add(parameterHash);
                seen.put(sql, first);
                fingerprints++;
            }
            return;
        }
        if (parameterSets.contains(parameterHash)) {
            duplicates++;
            return;
        }
        similar++;
        if (fingerprints < MAX_FINGERPRINTS) {
            parameterSets.add(parameterHash);
            fingerprints++;
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

    int similar() {
        return similar;
    }

    /** How many (SQL, parameters) fingerprints this tally holds; never more than {@value #MAX_FINGERPRINTS}. */
    int fingerprints() {
        return fingerprints;
    }
}
