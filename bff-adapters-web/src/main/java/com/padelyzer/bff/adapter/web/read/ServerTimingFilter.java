package com.padelyzer.bff.adapter.web.read;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

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
        StringBuilder header = new StringBuilder(96).append("cache;desc=\"").append(cost.cacheState())
                .append("\", db;dur=");
        millis(header, cost.database().nanos());
        header.append(";desc=\"").append(statements).append(statements == 1 ? " query" : " queries")
                .append("\", total;dur=");
        return millis(header, totalNanos).toString();
    }

    /**
     * Milliseconds with two decimals, rounded half up, as {@code %.2f} wrote them; without {@link String#format},
     * whose parsing of the pattern on every request cost ~3 % of a miss's CPU (docs/performance.md, "JFR").
     */
    static StringBuilder millis(StringBuilder text, long nanos) {
        long hundredths = (Math.max(nanos, 0) + 5_000) / 10_000;
        long fraction = hundredths % 100;
        return text.append(hundredths / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
    }
}
