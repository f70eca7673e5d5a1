package com.padelyzer.bff.adapter.persistence.jdbc;

import com.padelyzer.bff.application.port.out.StoreUnavailableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Sorts SQL failures: the store being unreachable or out of time (connection refused, no pooled connection within
 * the connection wait, SQLState class 08 including the driver's socket time-out, the server shutting down or out of
 * connections, a statement cancelled by {@code statement_timeout} or a lock time-out) becomes
 * {@link StoreUnavailableException}; anything else an {@link IllegalStateException}.
 * Neither message carries SQL text or parameters, only what happened and the SQLState, for logs.
 */
final class SqlFailures {

    private SqlFailures() {
    }

    static RuntimeException translate(String statementName, SQLException failure) {
        if (isUnavailable(failure)) {
            return new StoreUnavailableException("database unavailable while reading " + statementName
                    + " (SQLState " + failure.getSQLState() + ")", failure);
        }
        return new IllegalStateException("reading " + statementName + " failed (SQLState "
                + failure.getSQLState() + ")", failure);
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now), 57014 (query
     * cancelled: the statement time-out), 55P03 (lock not available), 53300 (too many connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("57014")
                || state.equals("55P03") || state.equals("53300"));
    }
}
