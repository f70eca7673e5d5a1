package com.padelyzer.bff.adapter.persistence.statement;

import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Records each statement (its SQL text and a hash of its parameter values) into every tally open on the executing
 * thread. Tallies nest: an inner unit of work
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
        long parameters = parameterHash(queries);
        for (StatementTally tally : tallies) {
            tally.record(sql, parameters, elapsed);
        }
    }

    /**
     * A 64-bit hash of every parameter value the statement was sent with (each batch entry's, in order); 0 without
     * parameters. Arrays count by content. Only computed while a tally is open.
     */
    static long parameterHash(List<QueryInfo> queries) {
        long hash = 0;
        for (QueryInfo query : queries) {
            for (List<ParameterSetOperation> parameterSet : query.getParametersList()) {
                hash = mix(hash, 0x9E3779B97F4A7C15L);
                for (ParameterSetOperation operation : parameterSet) {
                    hash = mix(hash, Arrays.deepHashCode(operation.getArgs()));
                }
            }
        }
        return hash;
    }

    private static long mix(long hash, long value) {
        long mixed = (hash ^ value) * 0xFF51AFD7ED558CCDL;
        return mixed ^ (mixed >>> 33);
    }
}
