package com.padelyzer.bff.adapter.web.read;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;

/**
 * Times every API request and, for those served by {@link ReadPath}, writes this request's own figures as
 * {@code Server-Timing} (SPEC §5): e.g. {@code cache;desc="HIT", db;dur=0.00;desc="0 queries", total;dur=0.41}.
 */
@ServerFilter("/api/**")
final class ServerTimingFilter {

    private static final String STARTED = ServerTimingFilter.class.getName() + ".started";

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void writeTiming(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RequestCost.of(request).ifPresent(cost -> {
            long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
            response.header("Server-Timing", header(cost, System.nanoTime() - started));
        });
    }

    static String header(RequestCost cost, long totalNanos) {
        int statements = cost.database().statements();
        return String.format(Locale.ROOT, "cache;desc=\"%s\", db;dur=%.2f;desc=\"%d %s\", total;dur=%.2f",
                cost.cacheState(), millis(cost.database().nanos()), statements,
                statements == 1 ? "query" : "queries", millis(totalNanos));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
