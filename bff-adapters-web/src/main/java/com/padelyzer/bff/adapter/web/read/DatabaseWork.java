package com.padelyzer.bff.adapter.web.read;

/** What one step of a request asked of the database: statements sent and the time spent waiting for them. */
public record DatabaseWork(int statements, long nanos) {

    public static final DatabaseWork NONE = new DatabaseWork(0, 0);

    public DatabaseWork {
        if (statements < 0 || nanos < 0) {
            throw new IllegalArgumentException("database work is never negative");
        }
    }

    DatabaseWork plus(DatabaseWork other) {
        return new DatabaseWork(statements + other.statements, nanos + other.nanos);
    }
}
