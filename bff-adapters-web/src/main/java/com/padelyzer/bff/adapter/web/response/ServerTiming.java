package com.padelyzer.bff.adapter.web.response;

import java.util.Locale;

/** This request's own cost, for the {@code Server-Timing} header: cache outcome, database work, total. */
public record ServerTiming(boolean cacheHit, int statements, long databaseNanos, long totalNanos) {

    public String header() {
        return String.format(Locale.ROOT, "cache;desc=\"%s\", db;dur=%.2f;desc=\"%d %s\", total;dur=%.2f",
                cacheHit ? "HIT" : "MISS", millis(databaseNanos), statements,
                statements == 1 ? "query" : "queries", millis(totalNanos));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
