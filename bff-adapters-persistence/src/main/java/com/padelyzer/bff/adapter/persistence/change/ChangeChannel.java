package com.padelyzer.bff.adapter.persistence.change;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One connection of its own, opened with {@link DriverManager} (not from the pool, so its statements are nobody's
 * request work), subscribed to {@value #CHANNEL}. Used by the listener thread only, except {@link #abort()}.
 */
final class ChangeChannel implements AutoCloseable {

    static final String CHANNEL = "bff_changes";

    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Bounds every round trip but the wait for notifications, which sets its own time-out. */
    private static final int SOCKET_TIMEOUT_SECONDS = 15;

    private final Connection connection;
    private final PGConnection notifications;

    private ChangeChannel(Connection connection, PGConnection notifications) {
        this.connection = connection;
        this.notifications = notifications;
    }

    static ChangeChannel open(ListenerDatabase database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("ApplicationName", DataChangeListener.APPLICATION_NAME);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties);
        try {
            connection.setAutoCommit(true);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
            return new ChangeChannel(connection, connection.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The payloads that arrived, waiting up to {@code millis} for the first; empty when none came. */
    List<String> await(int millis) throws SQLException {
        PGNotification[] arrived = notifications.getNotifications(millis);
        if (arrived == null || arrived.length == 0) {
            return List.of();
        }
        List<String> payloads = new ArrayList<>(arrived.length);
        for (PGNotification notification : arrived) {
            payloads.add(notification.getParameter());
        }
        return payloads;
    }

    /** One round trip: {@code false} when the server does not answer within {@code seconds}. */
    boolean answers(int seconds) throws SQLException {
        return connection.isValid(seconds);
    }

    /** Closes the socket at once, from any thread: a blocked {@link #await(int)} fails instead of waiting out. */
    void abort() {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // already closed or closing: nothing left to unblock
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is being given up; a failing close changes nothing
        }
    }
}
