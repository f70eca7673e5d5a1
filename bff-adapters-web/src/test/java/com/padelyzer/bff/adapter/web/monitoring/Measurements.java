package com.padelyzer.bff.adapter.web.monitoring;

import java.time.Duration;

/** Measurements as the filter would make them. */
final class Measurements {

    private Measurements() {
    }

    static RequestMeasurement of(EndpointType type, double millis, int queries, CacheState cache) {
        return new RequestMeasurement(type, "GET", "/api/bff/x", 200, (long) (millis * 1_000_000),
                RequestMonitoring.defaults().thresholdOf(type), queries, 0, 0, cache, "101", 512);
    }

    static RequestMeasurement dashboard(double millis, int queries, CacheState cache) {
        return of(EndpointType.DASHBOARD, millis, queries, cache);
    }

    static RequestMonitoring withAlerts(int capacity) {
        return new RequestMonitoring(true, RequestMonitoring.defaultThresholds(), Duration.ofMinutes(2), capacity);
    }
}
