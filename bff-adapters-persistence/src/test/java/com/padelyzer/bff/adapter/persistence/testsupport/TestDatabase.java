package com.padelyzer.bff.adapter.persistence.testsupport;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A uniquely named PostgreSQL database created for this test JVM on the server given by
 * {@code BFF_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code BFF_TEST_PG_USER} (default {@code postgres}) and {@code BFF_TEST_PG_PASSWORD} (default empty).
 * Every database created here is dropped ({@code WITH (FORCE)}) when the JVM exits.
 *
 * <p>{@link #shared()} is the one migrated database of the JVM, created on first use;
 * {@link #createEmpty()} makes an extra, empty one (for migration tests).
 */
public final class TestDatabase {

    public static final String MIGRATIONS = "classpath:db/migration";
    public static final String FLYWAY_TRANSACTIONAL_LOCK = "flyway.postgresql.transactional.lock";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> CREATED = new ArrayList<>();
    private static final Object LOCK = new Object();
    private static volatile TestDatabase shared;
    private static boolean hookInstalled;

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private TestDatabase(String name, String jdbcUrl, String user, String password) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The JVM's shared database with all migrations applied; created and migrated on first call. */
    public static TestDatabase shared() {
        TestDatabase db = shared;
        if (db == null) {
            synchronized (LOCK) {
                db = shared;
                if (db == null) {
                    db = createEmpty();
                    db.migrate();
                    shared = db;
                }
            }
        }
        return db;
    }

    /** A new, empty database (no tables, no Flyway history), dropped at JVM exit. */
    public static TestDatabase createEmpty() {
        PostgresServer server = PostgresServer.fromEnvironment();
        String name = "bff_test_" + ProcessHandle.current().pid() + "_"
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
        synchronized (LOCK) {
            server.execute("CREATE DATABASE " + name);
            CREATED.add(name);
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(server), "test-database-cleanup"));
                hookInstalled = true;
            }
        }
        return new TestDatabase(name, server.urlFor(name), server.user(), server.password());
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** A non-pooling DataSource on this database; every {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Runs a query and returns the first column of every row as text ({@code null} stays null). */
    public List<String> queryColumn(String sql) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + name + ": " + sql, e);
        }
    }

    /** Runs one or more statements (separated by semicolons) outside any explicit transaction. */
    public void execute(String sql) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed on " + name + ": " + sql, e);
        }
    }

    /**
     * Flyway configured for this database and the real migrations; adjust it before {@code load()}.
     * The session-level (non-transactional) lock is required: Flyway's default transactional lock keeps
     * a transaction open that {@code CREATE INDEX CONCURRENTLY} in V3 would wait for forever.
     */
    public FluentConfiguration flywayConfiguration() {
        return Flyway.configure()
                .configuration(Map.of(FLYWAY_TRANSACTIONAL_LOCK, "false"))
                .dataSource(jdbcUrl, user, password)
                .locations(MIGRATIONS)
                .cleanDisabled(true);
    }

    /** Applies every pending migration from {@value #MIGRATIONS}. */
    public MigrateResult migrate() {
        return flywayConfiguration().load().migrate();
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + "]";
    }

    private static void dropAll(PostgresServer server) {
        List<String> names;
        synchronized (LOCK) {
            names = List.copyOf(CREATED);
        }
        for (String dbName : names) {
            try {
                server.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // the JVM is exiting; a leftover bff_test_* database is harmless and easy to spot
            }
        }
    }
}
