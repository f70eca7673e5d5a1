package com.padelyzer.bff.adapter.web.monitoring;

import java.util.Locale;

/** Where a request's answer came from, as {@code X-Cache} said; {@code NONE} for requests the cache never saw. */
public enum CacheState {
    HIT,
    MISS,
    STALE,
    NONE;

    /** The state an {@code X-Cache} value names; {@code NONE} for {@code null} or anything else. */
    public static CacheState of(String xCache) {
        if (xCache == null) {
            return NONE;
        }
        return switch (xCache) {
            case "HIT" -> HIT;
            case "MISS" -> MISS;
            case "STALE" -> STALE;
            default -> NONE;
        };
    }

    /** As it appears in JSON, logs and metric tags: {@code hit}, {@code miss}, {@code stale}, {@code none}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
