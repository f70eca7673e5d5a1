package com.padelyzer.bff.adapter.web.read;

/**
 * What one step of a request asked of the database: statements sent, how many of them repeated an earlier statement
 * of the step exactly (duplicates: same SQL, same parameters) or by SQL only (similar: other parameters), and the
 * time spent waiting for them.
 */
public record DatabaseWork(int statements, int duplicateStatements, int similarStatements, long nanos) {

    public static final DatabaseWork NONE = new DatabaseWork(0, 0, 0, 0);

    public DatabaseWork {
        if (statements < 0 || duplicateStatements < 0 || similarStatements < 0 || nanos < 0) {
            throw new IllegalArgumentException("database work is never negative");
        }
    }

    /** Statements and time only, for a step that repeats nothing. */
    public DatabaseWork(int statements, long nanos) {
        this(statements, 0, 0, nanos);
    }

    /**
     * Both steps' work. Repeats are counted within each step (a step's statement repeating another step's is not
     * seen: steps are measured apart).
     */
    DatabaseWork plus(DatabaseWork other) {
        return new DatabaseWork(statements + other.statements, duplicateStatements + other.duplicateStatements,
                similarStatements + other.similarStatements, nanos + other.nanos);
    }
}
