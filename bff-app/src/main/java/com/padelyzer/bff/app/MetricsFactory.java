package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.web.management.MetricsScrape;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The Prometheus scrape behind {@code GET /api/management/bff/metrics/}: every meter of the Prometheus registry
 * (micronaut-micrometer binds JVM, process, system and HikariCP meters to it; the service adds its own) in the text
 * format 0.0.4. Micronaut's own {@code /prometheus} endpoint stays off (docs/decisions/0016-prometheus-metrics.md).
 */
@Factory
final class MetricsFactory {

    @Singleton
    MetricsScrape metricsScrape(PrometheusMeterRegistry prometheus) {
        return () -> prometheus.scrape(MetricsScrape.CONTENT_TYPE);
    }
}
