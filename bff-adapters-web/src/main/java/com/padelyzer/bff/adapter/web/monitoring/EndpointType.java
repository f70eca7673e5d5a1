package com.padelyzer.bff.adapter.web.monitoring;

import java.util.Locale;

/** The kinds of {@code /api/bff/**} requests the monitor keeps figures for, each with its own threshold (SPEC §7). */
public enum EndpointType {
    DASHBOARD,
    AUTH_CONTEXT,
    AVAILABILITY,
    DEFAULT;

    /**
     * The type of a request to {@code path}: {@code /api/bff/bi/analytics/**} the dashboard,
     * {@code /api/bff/auth/context/**} the auth context, {@code /api/bff/bi/availability/**} availability, any other
     * path the default.
     */
    public static EndpointType ofPath(String path) {
        if (under(path, "/api/bff/bi/analytics")) {
            return DASHBOARD;
        }
        if (under(path, "/api/bff/auth/context")) {
            return AUTH_CONTEXT;
        }
        if (under(path, "/api/bff/bi/availability")) {
            return AVAILABILITY;
        }
        return DEFAULT;
    }

    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** As it appears in JSON, logs and metric tags: {@code dashboard}, {@code auth_context}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
