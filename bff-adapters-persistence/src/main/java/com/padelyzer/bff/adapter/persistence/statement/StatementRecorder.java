package com.padelyzer.bff.adapter.persistence.statement;

import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Records each statement into every tally open on the executing thread. Tallies nest: an inner unit of work
 * counts its own statements, and they count for the enclosing units as well. Statements outside any measured
 * unit (migrations, health checks, background refreshes) are not counted against anyone.
 */
@Singleton
final class StatementRecorder implements QueryExecutionListener {

    private final ThreadLocal<Deque<StatementTally>> open = ThreadLocal.withInitial(ArrayDeque::new);
    private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

    /** Opens a tally on this thread, nested inside any tally already open. */
    StatementTally open() {
        StatementTally tally = new StatementTally();
        open.get().push(tally);
        return tally;
    }

    /** Closes the innermost open tally of this thread and returns it; {@code null} when none is open. */
    StatementTally close() {
        Deque<StatementTally> tallies = open.get();
        StatementTally innermost = tallies.poll();
        if (tallies.isEmpty()) {
            open.remove();
            startedAt.remove();
        }
        return innermost;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!open.get().isEmpty()) {
            startedAt.set(System.nanoTime());
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        Deque<StatementTally> tallies = open.get();
        Long started = startedAt.get();
        if (tallies.isEmpty() || started == null) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        String sql = queries.isEmpty() ? "" : queries.get(0).getQuery();
        for (StatementTally tally : tallies) {
            tally.record(sql, elapsed);
        }
    }
}
