package com.padelyzer.bff.adapter.web.monitoring;

import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.RequestCost;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter without a server: what the read path attached to a request becomes the monitor's figures. */
class RequestMonitorFilterTest {

    private final RequestMonitor monitor = new RequestMonitor(Measurements.withAlerts(10), Clock.systemUTC(),
            new SimpleMeterRegistry());
    private final RequestMonitorFilter filter = new RequestMonitorFilter(monitor, Measurements.withAlerts(10));

    @Test
    void carries_duplicate_and_similar_statements_from_the_read_path_to_the_figures() {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/bff/bi/availability/bulk/?club=x");
        filter.start(request);
        new RequestCost("MISS", new DatabaseWork(5, 2, 1, 3_000_000)).attachTo(request);

        filter.measure(request, HttpResponse.ok(new byte[1234]));

        EndpointFigures figures = monitor.figures().get(EndpointType.AVAILABILITY);
        assertThat(figures.count()).isEqualTo(1);
        assertThat(figures.meanQueries()).isEqualTo(5);
        assertThat(figures.duplicateStatements()).isEqualTo(2);
        assertThat(figures.similarStatements()).isEqualTo(1);
        assertThat(figures.misses()).isEqualTo(1);
    }

    @Test
    void measures_an_error_the_read_path_never_answered_as_no_statements_and_no_cache() {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/bff/auth/context/");
        filter.start(request);

        filter.measure(request, HttpResponse.status(HttpStatus.UNAUTHORIZED));

        EndpointFigures figures = monitor.figures().get(EndpointType.AUTH_CONTEXT);
        assertThat(figures.count()).isEqualTo(1);
        assertThat(figures.meanQueries()).isZero();
        assertThat(figures.hits() + figures.misses() + figures.stale()).isZero();
    }

    @Test
    void does_nothing_when_monitoring_is_off() {
        RequestMonitorFilter off = new RequestMonitorFilter(monitor, new RequestMonitoring(false,
                RequestMonitoring.defaultThresholds(), Duration.ofMinutes(2), 10));
        MutableHttpRequest<?> request = HttpRequest.GET("/api/bff/bi/analytics/club/");
        off.start(request);

        off.measure(request, HttpResponse.ok(new byte[1]));

        assertThat(monitor.figures().get(EndpointType.DASHBOARD).count()).isZero();
    }

    @Test
    void knows_the_size_of_rendered_bodies_and_of_empty_ones_but_not_of_bodies_still_to_be_encoded() {
        assertThat(RequestMonitorFilter.sizeOf(HttpResponse.ok(new byte[1234]))).isEqualTo(1234);
        assertThat(RequestMonitorFilter.sizeOf(HttpResponse.notModified())).isZero();
        assertThat(RequestMonitorFilter.sizeOf(HttpResponse.ok(new Object()))).isEqualTo(-1);
    }
}
