package com.padelyzer.bff.application.cache;

import java.util.Locale;

/** The kinds of cached answers, each with its key prefix (SPEC §6). */
public enum CacheType {
    AVAILABILITY("bff:availability:"),
    DASHBOARD_ANALYTICS("bff:dashboard:"),
    AUTH_CONTEXT("bff:auth:context:"),
    USER_PERMISSIONS("bff:permissions:"),
    CLUB_DATA("bff:club:");

    private final String keyPrefix;

    CacheType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The {@code cache_type} metadata value, e.g. {@code dashboard_analytics}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public KeyPattern allKeys() {
        return new KeyPattern(keyPrefix);
    }

    /** Every key of this type that starts with {@code parts}, e.g. {@code bff:dashboard:<club>:}. */
    public KeyPattern keysOf(Object... parts) {
        return new KeyPattern(key(parts) + ":");
    }

    /** The key prefix followed by {@code parts} joined with {@code :}, e.g. {@code bff:dashboard:<club>:month}. */
    String key(Object... parts) {
        StringBuilder key = new StringBuilder(keyPrefix);
        for (int i = 0; i < parts.length; i++) {
            key.append(i == 0 ? "" : ":").append(parts[i]);
        }
        return key.toString();
    }
}
