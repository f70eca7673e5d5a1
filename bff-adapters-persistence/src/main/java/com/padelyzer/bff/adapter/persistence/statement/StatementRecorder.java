package com.padelyzer.bff.adapter.persistence.statement;

import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import java.util.List;

/**
 * Records each statement into the tally open on the executing thread, if any. Statements outside a measured unit
 * of work (migrations, health checks, background refreshes) are not counted against any request.
 */
@Singleton
final class StatementRecorder implements QueryExecutionListener {

    private final ThreadLocal<StatementTally> current = new ThreadLocal<>();
    private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

    StatementTally open() {
        StatementTally tally = new StatementTally();
        current.set(tally);
        return tally;
    }

    void close() {
        current.remove();
        startedAt.remove();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (current.get() != null) {
            startedAt.set(System.nanoTime());
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        StatementTally tally = current.get();
        Long started = startedAt.get();
        if (tally == null || started == null) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        String sql = queries.isEmpty() ? "" : queries.get(0).getQuery();
        tally.record(sql, elapsed);
    }
}
