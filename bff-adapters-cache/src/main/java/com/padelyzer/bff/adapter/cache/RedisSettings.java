package com.padelyzer.bff.adapter.cache;

import io.lettuce.core.RedisURI;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the shared level lives and how long a request may wait for it. A plain value: the composition root makes it
 * from its configuration record.
 *
 * @param uri       {@code redis://[user:password@]host:port/db}; may carry a password, so it is never logged
 * @param namespace put before every Redis key and the invalidation channel: empty in production (keys start
 *                  {@code bff:}), a run's own prefix in tests ({@code test-<random>:})
 * @param timeout   the longest a command or a connect may take before Redis counts as unreachable
 * @param backOff   how long Redis is skipped after a failure before the next background probe
 */
public record RedisSettings(String uri, String namespace, Duration timeout, Duration backOff) {
    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backOff, "backOff");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("a two-level cache needs a Redis URI");
        }
        if (namespace.chars().anyMatch(c -> "*?[]\\".indexOf(c) >= 0 || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("a Redis namespace is a literal prefix without glob characters");
        }
        if (timeout.isNegative() || timeout.isZero() || backOff.isNegative() || backOff.isZero()) {
            throw new IllegalArgumentException("the Redis time-out and back-off must be positive");
        }
    }

    /** The server as it may be logged: scheme, host, port and database, never the user or password. */
    public String where() {
        try {
            RedisURI parsed = RedisURI.create(uri);
            String host = parsed.getHost() != null ? parsed.getHost() + ":" + parsed.getPort() : "(socket or sentinel)";
            return (parsed.isSsl() ? "rediss://" : "redis://") + host + "/" + parsed.getDatabase();
        } catch (RuntimeException unparsable) {
            return "(unparsable Redis URI)";
        }
    }

    @Override
    public String toString() {
        return "RedisSettings[" + where() + ", namespace=" + namespace + ", timeout=" + timeout + ", backOff=" + backOff
                + "]";
    }
}
