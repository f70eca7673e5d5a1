package com.padelyzer.bff.adapter.persistence.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL server the tests run on, from {@code BFF_TEST_PG_*}; admin statements over plain JDBC. */
record PostgresServer(String adminUrl, String user, String password) {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    static PostgresServer fromEnvironment() {
        return new PostgresServer(
                env("BFF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("BFF_TEST_PG_USER", "postgres"),
                env("BFF_TEST_PG_PASSWORD", ""));
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    String urlFor(String database) {
        Matcher m = JDBC_URL.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalStateException("BFF_TEST_PG_URL is not a jdbc:postgresql://host[:port]/db URL: " + adminUrl);
        }
        return m.group(1) + database + Objects.requireNonNullElse(m.group(3), "");
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed on " + adminUrl + ": " + sql, e);
        }
    }
}
