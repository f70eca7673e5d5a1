package com.padelyzer.bff.adapter.web.monitoring;

import java.time.Instant;

/** One request over 1.5 × its threshold, as logged in the {@code BFF Performance alert} WARN line. */
public record PerformanceAlert(Instant at, EndpointType type, String method, String path, int status,
                               double responseTimeMs, double thresholdMs, int queryCount, int duplicateStatements,
                               String cacheState, String user) {
}
