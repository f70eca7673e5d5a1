package com.padelyzer.bff.adapter.web.monitoring;

import java.util.Locale;

/** The kinds of {@code /api/bff/**} requests the monitor keeps figures for, each with its own threshold (SPEC §7). */
public enum EndpointType {
    DASHBOARD,
    AUTH_CONTEXT,
    AVAILABILITY,
    DEFAULT;

    /** As it appears in JSON, logs and metric tags: {@code dashboard}, {@code auth_context}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
