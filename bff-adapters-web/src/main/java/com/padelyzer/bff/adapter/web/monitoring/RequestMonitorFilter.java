package com.padelyzer.bff.adapter.web.monitoring;

import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.RequestCost;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Measures every {@code /api/bff/**} request, errors included: it runs before security (the metrics phase), so a
 * 401 passes through it too. After the response it reads what {@code ReadPath} attached ({@link RequestCost}: cache
 * state and statements; a request it did not answer sent none that were counted) and hands the figures to the
 * {@link RequestMonitor}. It sends no statement itself. With monitoring off it does nothing.
 */
@ServerFilter("/api/bff/**")
@Requires(beans = RequestMonitoring.class)
final class RequestMonitorFilter implements Ordered {

    private static final String STARTED = RequestMonitorFilter.class.getName() + ".started";

    private final RequestMonitor monitor;
    private final boolean enabled;

    RequestMonitorFilter(RequestMonitor monitor, RequestMonitoring settings) {
        this.monitor = monitor;
        this.enabled = settings.enabled();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.order();
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        if (enabled) {
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    @ResponseFilter
    void measure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!enabled) {
            return;
        }
        Optional<Long> started = request.getAttribute(STARTED, Long.class);
        if (started.isEmpty()) {
            return;
        }
        long elapsed = System.nanoTime() - started.get();
        Optional<RequestCost> cost = RequestCost.of(request);
        DatabaseWork work = cost.map(RequestCost::database).orElse(DatabaseWork.NONE);
        EndpointType type = EndpointType.ofPath(request.getPath());
        monitor.record(new RequestMeasurement(type, request.getMethodName(), request.getPath(), response.code(),
                elapsed, monitor.thresholdOf(type), work.statements(), work.duplicateStatements(),
                work.similarStatements(), CacheState.of(cost.map(RequestCost::cacheState).orElse(null)),
                userOf(request), sizeOf(response)));
    }

    /** The verified token's user id; {@code null} without one. Never the token. */
    private static String userOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(Authentication::getName).orElse(null);
    }

    /** Bytes of the body when they are known as it leaves; -1 for a body still to be encoded (an error record). */
    static long sizeOf(MutableHttpResponse<?> response) {
        Optional<?> body = response.getBody();
        if (body.isEmpty()) {
            return response.getHeaders().contentLength().orElse(0);
        }
        Object value = body.get();
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        if (value instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return response.getHeaders().get(HttpHeaders.CONTENT_LENGTH, Long.class).orElse(-1L);
    }
}
