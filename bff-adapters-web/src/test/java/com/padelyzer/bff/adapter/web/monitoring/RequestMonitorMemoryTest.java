package com.padelyzer.bff.adapter.web.monitoring;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 requests leave the monitor no bigger than 1,000 did: its statistics are histograms and counters, its alerts
 * a ring. Measured as heap in use after full collections, before and after (no instrumentation agent here).
 */
class RequestMonitorMemoryTest {

    private static final EndpointType[] TYPES = EndpointType.values();
    private static final CacheState[] STATES = CacheState.values();
    private static final int[] STATUSES = {200, 304, 400, 401, 403, 404, 503};

    @Test
    void keeps_its_memory_and_its_alert_ring_bounded_after_a_hundred_thousand_requests() {
        long withoutMonitor = heapInUseAfterCollections();
        RequestMonitor monitor = new RequestMonitor(Measurements.withAlerts(100), Clock.systemUTC(),
                new SimpleMeterRegistry());
        Random random = new Random(42);
        recordRequests(monitor, random, 1_000);
        long before = heapInUseAfterCollections();

        recordRequests(monitor, random, 100_000);
        long after = heapInUseAfterCollections();

        long retained = after - before;
        System.out.printf("request monitor: %,d bytes in use after 1,000 requests (%+,d over no monitor), %,d after "
                + "100,000 more (%+,d); alerts held: %d%n", before, before - withoutMonitor, after, retained,
                monitor.recentAlerts().size());
        assertThat(monitor.figures().values().stream().mapToLong(EndpointFigures::count).sum()).isEqualTo(101_000);
        assertThat(monitor.recentAlerts()).hasSize(100);
        assertThat(retained).as("bytes retained by 100,000 more requests (a list of them would hold > 10 MB)")
                .isLessThan(1_000_000);
    }

    private static void recordRequests(RequestMonitor monitor, Random random, int requests) {
        for (int i = 0; i < requests; i++) {
            EndpointType type = TYPES[random.nextInt(TYPES.length)];
            long nanos = (long) (random.nextDouble() * 2_000_000_000L);
            monitor.record(new RequestMeasurement(type, "GET", "/api/bff/x", STATUSES[random.nextInt(STATUSES.length)],
                    nanos, monitor.thresholdOf(type), random.nextInt(4), random.nextInt(2), random.nextInt(2),
                    STATES[random.nextInt(STATES.length)], Integer.toString(random.nextInt(1000)), 1000));
        }
    }

    private static long heapInUseAfterCollections() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
