package com.padelyzer.bff.app.database;

import java.time.Duration;
import java.util.Objects;

/**
 * The two database bounds and every time-out derived from them, so that none of them can contradict another.
 * <ul>
 *   <li>Waiting for a connection: HikariCP's {@code connectionTimeout} is the connection wait; its aliveness check of
 *       an idle connection ({@code validationTimeout}) half of it, between 250 ms and 1 s; the driver's TCP connect
 *       and login time-outs the wait in whole seconds, so a frozen server cannot hold a new connection longer.</li>
 *   <li>Running a statement: the server cancels it after the statement time-out ({@code statement_timeout}, which
 *       leaves the connection usable); the driver gives up reading one second after that ({@code socketTimeout}),
 *       for a server that cannot even cancel (frozen, or gone without a FIN).</li>
 * </ul>
 */
public record DatabaseBounds(Duration connectionWait, Duration statementTimeout) {

    private static final Duration SHORTEST_WAIT = Duration.ofMillis(500);
    private static final Duration SHORTEST_STATEMENT = Duration.ofMillis(100);
    private static final Duration SOCKET_SLACK = Duration.ofSeconds(1);

    public DatabaseBounds {
        Objects.requireNonNull(connectionWait, "connectionWait");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (connectionWait.compareTo(SHORTEST_WAIT) < 0) {
            throw new IllegalArgumentException("bff.database.connection-wait must be at least " + SHORTEST_WAIT
                    + ", was " + connectionWait);
        }
        if (statementTimeout.compareTo(SHORTEST_STATEMENT) < 0) {
            throw new IllegalArgumentException("bff.database.statement-timeout must be at least "
                    + SHORTEST_STATEMENT + ", was " + statementTimeout);
        }
    }

    /** HikariCP's {@code connectionTimeout}: the longest {@code getConnection()} waits. */
    public long connectionTimeoutMillis() {
        return connectionWait.toMillis();
    }

    /** HikariCP's {@code validationTimeout}: the aliveness check of a connection idle for over 500 ms. */
    public long validationTimeoutMillis() {
        return Math.max(250, Math.min(1_000, connectionWait.toMillis() / 2));
    }

    /** The driver's {@code connectTimeout} and {@code loginTimeout}, in whole seconds (at least 1). */
    public int connectSeconds() {
        return wholeSecondsUp(connectionWait);
    }

    /** The server's {@code statement_timeout}, in milliseconds. */
    public long statementTimeoutMillis() {
        return statementTimeout.toMillis();
    }

    /** The driver's {@code socketTimeout}, in whole seconds: a read that waits longer fails the connection. */
    public int socketTimeoutSeconds() {
        return wholeSecondsUp(statementTimeout.plus(SOCKET_SLACK));
    }

    /**
     * The longest one statement of a request can keep it waiting on the database: a connection (with the aliveness
     * check of the last idle one) and then the statement, cut by the socket time-out at the latest.
     */
    public Duration longestStatementWait() {
        return Duration.ofMillis(connectionTimeoutMillis() + validationTimeoutMillis())
                .plusSeconds(socketTimeoutSeconds());
    }

    private static int wholeSecondsUp(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1_000);
    }
}
