package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.RequestMonitoring;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Map;

/**
 * {@code bff.monitoring.*} (SPEC §7): whether every {@code /api/bff/**} request is measured ({@code enabled},
 * {@code BFF_MONITORING_ENABLED}), each endpoint type's threshold, the {@code window} of the rolling percentiles and
 * maximum, and how many {@code alerts} are kept. Handed to the web adapter as a plain {@link RequestMonitoring}.
 */
@ConfigurationProperties("bff.monitoring")
record MonitoringSettings(@Bindable(defaultValue = "true") boolean enabled, Thresholds thresholds,
                          @Bindable(defaultValue = "2m") Duration window, @Bindable(defaultValue = "100") int alerts) {

    /**
     * {@code bff.monitoring.thresholds.*}: {@code dashboard}, {@code auth-context}, {@code availability} and
     * {@code default} (any other {@code /api/bff/**} path; a Java keyword, hence the explicit name).
     */
    @ConfigurationProperties("thresholds")
    record Thresholds(@Bindable(defaultValue = "200ms") Duration dashboard,
                      @Bindable(defaultValue = "150ms") Duration authContext,
                      @Bindable(defaultValue = "100ms") Duration availability,
                      @Property(name = "bff.monitoring.thresholds.default") @Bindable(defaultValue = "250ms")
                      Duration other) {
    }

    RequestMonitoring requestMonitoring() {
        return new RequestMonitoring(enabled, Map.of(EndpointType.DASHBOARD, thresholds.dashboard(),
                EndpointType.AUTH_CONTEXT, thresholds.authContext(), EndpointType.AVAILABILITY,
                thresholds.availability(), EndpointType.DEFAULT, thresholds.other()), window, alerts);
    }
}
