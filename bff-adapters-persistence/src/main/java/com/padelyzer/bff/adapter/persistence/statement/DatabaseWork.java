package com.padelyzer.bff.adapter.persistence.statement;

/**
 * What one unit of work asked of the database: statements sent; among them {@code duplicateStatements}, which
 * repeated an earlier statement of the same unit exactly (same SQL text, same parameter values), and
 * {@code similarStatements}, which repeated an earlier one's SQL text with other parameter values; and the time
 * spent waiting for them.
 */
public record DatabaseWork(int statements, int duplicateStatements, int similarStatements, long nanos) {

    public static final DatabaseWork NONE = new DatabaseWork(0, 0, 0, 0);

    public DatabaseWork {
        if (statements < 0 || duplicateStatements < 0 || similarStatements < 0 || nanos < 0
                || duplicateStatements + similarStatements > statements) {
            throw new IllegalArgumentException(
                    "database work counts are non-negative, duplicates and similar ones among the statements");
        }
    }
}
