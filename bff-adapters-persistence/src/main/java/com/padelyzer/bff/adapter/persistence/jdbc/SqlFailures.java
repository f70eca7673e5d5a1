package com.padelyzer.bff.adapter.persistence.jdbc;

import com.padelyzer.bff.application.port.out.StoreUnavailableException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Sorts SQL failures: the store being unreachable (connection refused, pool timeout, SQLState class 08, the
 * server shutting down) becomes {@link StoreUnavailableException}; anything else an {@link IllegalStateException}.
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
                    || cause instanceof ConnectException) {
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

    /** Class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
