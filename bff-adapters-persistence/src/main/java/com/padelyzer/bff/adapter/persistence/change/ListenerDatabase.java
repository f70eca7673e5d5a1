package com.padelyzer.bff.adapter.persistence.change;

import java.util.Objects;

/**
 * Where the change listener connects: the pool's JDBC URL, user and password, used for one connection of its own.
 * {@link #toString()} leaves the password out.
 */
public record ListenerDatabase(String jdbcUrl, String user, String password) {
    public ListenerDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the change listener needs a jdbc:postgresql: URL");
        }
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
    }

    @Override
    public String toString() {
        return "ListenerDatabase[" + jdbcUrl + ", user=" + user + "]";
    }
}
