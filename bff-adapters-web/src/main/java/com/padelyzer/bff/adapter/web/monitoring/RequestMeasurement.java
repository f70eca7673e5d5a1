package com.padelyzer.bff.adapter.web.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one {@code /api/bff/**} request (SPEC §7): its endpoint type, method and path, status, response
 * time against its type's threshold, the statements it sent with duplicates and similar ones, where its answer came
 * from, the caller's user id ({@code null} without a verified token; never the token) and the response size in bytes
 * ({@code -1} when the body had not been rendered to bytes when it left, e.g. an error body).
 */
public record RequestMeasurement(EndpointType type, String method, String path, int status, long responseTimeNanos,
                                 Duration threshold, int queryCount, int duplicateStatements, int similarStatements,
                                 CacheState cache, String user, long responseSize) {

    public RequestMeasurement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cache, "cache");
        if (responseTimeNanos < 0 || queryCount < 0 || duplicateStatements < 0 || similarStatements < 0) {
            throw new IllegalArgumentException("a measurement is never negative");
        }
    }

    public double responseTimeMs() {
        return responseTimeNanos / 1_000_000.0;
    }

    public double thresholdMs() {
        return threshold.toNanos() / 1_000_000.0;
    }

    public boolean exceededThreshold() {
        return responseTimeNanos > threshold.toNanos();
    }

    /** Over {@link RequestMonitoring#ALERT_FACTOR} × its threshold: worth a WARN line and a place among the alerts. */
    public boolean alarming() {
        return responseTimeNanos > threshold.toNanos() * RequestMonitoring.ALERT_FACTOR;
    }

    public PerformanceAlert alertAt(Instant at) {
        return new PerformanceAlert(at, type, method, path, status, responseTimeMs(), thresholdMs(), queryCount,
                duplicateStatements, cache.code(), user);
    }

    /** One line of JSON with the figures under their SPEC §7 names. */
    public String toJson() {
        StringBuilder json = new StringBuilder(320);
        json.append("{\"endpoint\":\"").append(type.code()).append('"');
        json.append(",\"method\":");
        quoted(json, method);
        json.append(",\"path\":");
        quoted(json, path);
        json.append(",\"status\":").append(status);
        json.append(",\"response_time_ms\":").append(String.format(Locale.ROOT, "%.2f", responseTimeMs()));
        json.append(",\"threshold_ms\":").append(String.format(Locale.ROOT, "%.0f", thresholdMs()));
        json.append(",\"exceeded_threshold\":").append(exceededThreshold());
        json.append(",\"query_count\":").append(queryCount);
        json.append(",\"duplicate_statements\":").append(duplicateStatements);
        json.append(",\"similar_statements\":").append(similarStatements);
        json.append(",\"cache\":\"").append(cache.code()).append('"');
        json.append(",\"user\":");
        if (user == null) {
            json.append("null");
        } else {
            quoted(json, user);
        }
        json.append(",\"response_size\":").append(responseSize < 0 ? "null" : Long.toString(responseSize));
        return json.append('}').toString();
    }

    private static void quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
