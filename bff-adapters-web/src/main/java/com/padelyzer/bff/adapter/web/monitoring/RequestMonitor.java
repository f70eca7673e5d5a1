package com.padelyzer.bff.adapter.web.monitoring;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps what {@link RequestMonitorFilter} measured: each request as one JSON line at DEBUG on the
 * {@value #LOGGER} logger and, over 1.5 × its threshold, also one WARN line {@code BFF Performance alert {...}} and a place
 * in the ring of the last alerts; rolling figures per endpoint type ({@link EndpointStatistics}); and the meters
 * {@code bff.requests} (timer; tags {@code endpoint}, {@code cache}, {@code status}) and
 * {@code bff.requests.statements} (statements per request; tag {@code endpoint}) in the application's registry.
 * Its memory is fixed: four endpoint types, a bounded ring, and meters whose tags take few values.
 */
@Singleton
@Requires(beans = RequestMonitoring.class)
public final class RequestMonitor implements RequestStatistics {

    public static final String LOGGER = "bff.performance";
    public static final String ALERT_PREFIX = "BFF Performance alert ";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final RequestMonitoring settings;
    private final Clock clock;
    private final MeterRegistry registry;
    private final EndpointStatistics[] statistics = new EndpointStatistics[EndpointType.values().length];
    private final DistributionSummary[] statementsPerRequest = new DistributionSummary[EndpointType.values().length];
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final AlertRing alerts;

    RequestMonitor(RequestMonitoring settings, Clock clock, MeterRegistry registry) {
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
        this.alerts = new AlertRing(settings.alertCapacity());
        MeterRegistry own = new SimpleMeterRegistry();
        for (EndpointType type : EndpointType.values()) {
            statistics[type.ordinal()] = new EndpointStatistics(type, settings.window(), own);
            statementsPerRequest[type.ordinal()] = DistributionSummary.builder("bff.requests.statements")
                    .description("SQL statements one request sent").baseUnit("statements")
                    .tag("endpoint", type.code()).register(registry);
        }
    }

    /** This request's threshold. */
    public Duration thresholdOf(EndpointType type) {
        return settings.thresholdOf(type);
    }

    public void record(RequestMeasurement measurement) {
        statistics[measurement.type().ordinal()].record(measurement);
        statementsPerRequest[measurement.type().ordinal()].record(measurement.queryCount());
        timers.computeIfAbsent(new TimerKey(measurement.type(), measurement.cache(), measurement.status()), this::timer)
                .record(measurement.responseTimeNanos(), TimeUnit.NANOSECONDS);
        if (LOG.isDebugEnabled()) {
            LOG.debug(measurement.toJson());
        }
        if (measurement.alarming()) {
            alerts.add(measurement.alertAt(clock.instant()));
            LOG.warn(ALERT_PREFIX + measurement.toJson());
        }
    }

    @Override
    public Map<EndpointType, EndpointFigures> figures() {
        Map<EndpointType, EndpointFigures> figures = new EnumMap<>(EndpointType.class);
        for (EndpointType type : EndpointType.values()) {
            figures.put(type, statistics[type.ordinal()].figures());
        }
        return figures;
    }

    @Override
    public List<PerformanceAlert> recentAlerts() {
        return alerts.newestFirst();
    }

    @Override
    public Map<EndpointType, Duration> thresholds() {
        return settings.thresholds();
    }

    /** The most alerts {@link #recentAlerts()} ever holds. */
    public int alertCapacity() {
        return alerts.capacity();
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("bff.requests").description("time to answer an /api/bff/** request")
                .tag("endpoint", key.type().code()).tag("cache", key.cache().code())
                .tag("status", Integer.toString(key.status())).register(registry);
    }

    private record TimerKey(EndpointType type, CacheState cache, int status) {
    }
}
