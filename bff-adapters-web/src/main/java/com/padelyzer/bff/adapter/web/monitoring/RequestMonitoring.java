package com.padelyzer.bff.adapter.web.monitoring;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How requests are monitored: at all ({@code enabled}; off, the filter does nothing), each endpoint type's
 * threshold, the {@code window} the rolling percentiles and maximum cover, and how many alerts are kept. The
 * composition root sets it from {@code bff.monitoring}.
 */
public record RequestMonitoring(boolean enabled, Map<EndpointType, Duration> thresholds, Duration window,
                                int alertCapacity) {

    /** How far over its threshold a request must be to raise an alert. */
    public static final double ALERT_FACTOR = 1.5;

    public RequestMonitoring {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(window, "window");
        for (EndpointType type : EndpointType.values()) {
            Duration threshold = thresholds.get(type);
            if (threshold == null || threshold.isNegative() || threshold.isZero()) {
                throw new IllegalArgumentException("every endpoint type needs a positive threshold: " + type.code());
            }
        }
        if (window.isNegative() || window.isZero() || alertCapacity < 1) {
            throw new IllegalArgumentException("the window is positive and at least one alert is kept");
        }
        thresholds = Map.copyOf(new EnumMap<>(thresholds));
    }

    /** SPEC §7: dashboard 200 ms, auth context 150 ms, availability 100 ms, anything else 250 ms. */
    public static Map<EndpointType, Duration> defaultThresholds() {
        return Map.of(EndpointType.DASHBOARD, Duration.ofMillis(200), EndpointType.AUTH_CONTEXT, Duration.ofMillis(150),
                EndpointType.AVAILABILITY, Duration.ofMillis(100), EndpointType.DEFAULT, Duration.ofMillis(250));
    }

    /** On, with SPEC §7's thresholds, percentiles over the last two minutes and the last 100 alerts. */
    public static RequestMonitoring defaults() {
        return new RequestMonitoring(true, defaultThresholds(), Duration.ofMinutes(2), 100);
    }

    public Duration thresholdOf(EndpointType type) {
        return thresholds.get(type);
    }
}
