package com.padelyzer.bff.adapter.web.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The rolling figures of one endpoint type in fixed memory. Response-time percentiles and maximum come from a
 * Micrometer timer's time-window histogram (HdrHistogram, 2 significant digits), so they describe roughly the last
 * {@code window} (a ring of three buffers rotating every window ÷ 3; a sample leaves it between ⅔ and all of a window
 * after it was recorded). Counts and totals are since start, as counters are; their memory does not grow either.
 */
final class EndpointStatistics {

    private static final int BUFFERS = 3;

    private final Timer responseTimes;
    private final LongAdder count = new LongAdder();
    private final LongAdder exceeded = new LongAdder();
    private final LongAdder statements = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder similar = new LongAdder();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stale = new LongAdder();

    /** {@code registry} is the monitor's own (not the application's): these timers exist for their percentiles. */
    EndpointStatistics(EndpointType type, Duration window, MeterRegistry registry) {
        this.responseTimes = Timer.builder("bff.monitor.response.time").tag("endpoint", type.code())
                .publishPercentiles(0.5, 0.95, 0.99)
                .distributionStatisticExpiry(window)
                .distributionStatisticBufferLength(BUFFERS)
                .register(registry);
    }

    void record(RequestMeasurement measurement) {
        responseTimes.record(measurement.responseTimeNanos(), TimeUnit.NANOSECONDS);
        count.increment();
        if (measurement.exceededThreshold()) {
            exceeded.increment();
        }
        statements.add(measurement.queryCount());
        duplicates.add(measurement.duplicateStatements());
        similar.add(measurement.similarStatements());
        switch (measurement.cache()) {
            case HIT -> hits.increment();
            case MISS -> misses.increment();
            case STALE -> stale.increment();
            case NONE -> { }
        }
    }

    EndpointFigures figures() {
        HistogramSnapshot snapshot = responseTimes.takeSnapshot();
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        for (ValueAtPercentile percentile : snapshot.percentileValues()) {
            double ms = percentile.value(TimeUnit.MILLISECONDS);
            if (percentile.percentile() == 0.5) {
                p50 = ms;
            } else if (percentile.percentile() == 0.95) {
                p95 = ms;
            } else if (percentile.percentile() == 0.99) {
                p99 = ms;
            }
        }
        long requests = count.sum();
        return new EndpointFigures(requests, p50, p95, p99, responseTimes.max(TimeUnit.MILLISECONDS), exceeded.sum(),
                requests == 0 ? 0 : (double) statements.sum() / requests, duplicates.sum(), similar.sum(),
                hits.sum(), misses.sum(), stale.sum());
    }
}
