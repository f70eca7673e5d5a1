package com.padelyzer.bff.adapter.web.read;

/**
 * Counts the SQL statements the current thread sends between {@link #start()} and {@link #finish()}, where they
 * leave for the database. The read path needs it for {@code query_count} and {@code Server-Timing}; the
 * composition root provides it from the persistence adapter's statement meter (infrastructure, not a core port).
 * Counts nest: each {@link #finish()} closes the innermost open one.
 */
public interface StatementCounter {

    void start();

    DatabaseWork finish();
}
