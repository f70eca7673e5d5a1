package com.padelyzer.bff.application.cache;

import java.util.Objects;

/** A set of cache keys sharing a prefix; {@link #glob()} is the Redis {@code SCAN MATCH} form. */
public record KeyPattern(String prefix) {
    public KeyPattern {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.startsWith("bff:") || prefix.contains("*") || prefix.contains("?") || prefix.contains("[")) {
            throw new IllegalArgumentException("a key pattern is a literal prefix starting bff:, got " + prefix);
        }
    }

    /** Every key of this service. */
    public static final KeyPattern EVERY_KEY = new KeyPattern("bff:");

    public String glob() {
        return prefix + "*";
    }

    public boolean matches(String key) {
        return key.startsWith(prefix);
    }
}
