package com.padelyzer.bff.adapter.persistence.statement;

/**
 * What one unit of work asked of the database: statements sent, how many of them repeated an earlier statement of
 * the same unit (same SQL text), and the time spent waiting for them.
 */
public record DatabaseWork(int statements, int duplicateStatements, long nanos) {

    public static final DatabaseWork NONE = new DatabaseWork(0, 0, 0);

    public DatabaseWork {
        if (statements < 0 || duplicateStatements < 0 || nanos < 0 || duplicateStatements > statements) {
            throw new IllegalArgumentException("database work counts are non-negative, duplicates among statements");
        }
    }
}
