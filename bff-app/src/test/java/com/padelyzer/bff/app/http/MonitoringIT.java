package com.padelyzer.bff.app.http;

import ch.qos.logback.classic.Level;
import com.padelyzer.bff.adapter.web.monitoring.EndpointFigures;
import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.PerformanceAlert;
import com.padelyzer.bff.adapter.web.monitoring.RequestMonitor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.ResponseCacheIT.statementsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request monitor through the real server: its figures agree with what the responses said (Server-Timing,
 * X-Cache), errors are measured too, and one artificially slow request raises exactly one alert.
 */
class MonitoringIT {

    private static BffServer caching;

    @BeforeAll
    static void start() {
        caching = BffServer.startWith(Map.of("bff.cache.responses", true, "datasources.default.maximum-pool-size", 4));
        caching.get(availability("2026-03-20"), TestTokens.accessToken(AVAILABILITY_MEMBER));
    }

    @AfterAll
    static void stop() {
        caching.stop();
    }

    private static String availability(String date) {
        return "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=" + date + "&slot_minutes=90";
    }

    private static RequestMonitor monitorOf(BffServer server) {
        return server.embeddedServer().getApplicationContext().getBean(RequestMonitor.class);
    }

    private static JsonNode json(BffServer server, String line) {
        try {
            return server.embeddedServer().getApplicationContext().getBean(JsonMapper.class)
                    .readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reports_the_statements_a_miss_and_a_hit_sent_as_server_timing_counted_them() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        String uri = availability("2026-03-21");
        List<String> lines;
        HttpResponse<String> miss;
        HttpResponse<String> hit;
        try (PerformanceLog log = new PerformanceLog()) {
            miss = caching.get(uri, token);
            hit = caching.get(uri, token);
            lines = log.lines(Level.DEBUG);
        }

        assertThat(lines).hasSize(2);
        JsonNode missed = json(caching, lines.get(0));
        JsonNode served = json(caching, lines.get(1));
        assertThat(missed.get("cache").getStringValue()).isEqualTo("miss");
        assertThat(missed.get("query_count").getIntValue()).isEqualTo(statementsOf(miss)).isEqualTo(2);
        assertThat(missed.get("duplicate_statements").getIntValue()).isZero();
        assertThat(missed.get("similar_statements").getIntValue()).isZero();
        assertThat(missed.get("endpoint").getStringValue()).isEqualTo("availability");
        assertThat(missed.get("status").getIntValue()).isEqualTo(200);
        assertThat(missed.get("user").getStringValue()).isEqualTo(Long.toString(AVAILABILITY_MEMBER));
        assertThat(missed.get("response_size").getLongValue()).isEqualTo(caching.body(miss).getBytes().length);
        assertThat(missed.get("threshold_ms").getIntValue()).isEqualTo(100);
        assertThat(served.get("cache").getStringValue()).isEqualTo("hit");
        assertThat(served.get("query_count").getIntValue()).isEqualTo(statementsOf(hit)).isZero();
        assertThat(String.join("\n", lines)).doesNotContain(token);
    }

    @Test
    void counts_hits_and_misses_as_x_cache_said_them() {
        RequestMonitor monitor = monitorOf(caching);
        EndpointFigures before = monitor.figures().get(EndpointType.AVAILABILITY);
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        int hits = 0;
        int misses = 0;
        for (String date : List.of("2026-03-22", "2026-03-22", "2026-03-23", "2026-03-22", "2026-03-23",
                "2026-03-24")) {
            String xCache = caching.get(availability(date), token).header("X-Cache");
            hits += "HIT".equals(xCache) ? 1 : 0;
            misses += "MISS".equals(xCache) ? 1 : 0;
        }

        EndpointFigures after = monitor.figures().get(EndpointType.AVAILABILITY);
        assertThat(hits).isEqualTo(3);
        assertThat(misses).isEqualTo(3);
        assertThat(after.count() - before.count()).isEqualTo(6);
        assertThat(after.hits() - before.hits()).isEqualTo(hits);
        assertThat(after.misses() - before.misses()).isEqualTo(misses);
        assertThat(after.hitRate()).isEqualTo((double) after.hits() / (after.hits() + after.misses()));
        MeterRegistry registry = caching.embeddedServer().getApplicationContext().getBean(MeterRegistry.class);
        assertThat(registry.get("bff.requests").tags("endpoint", "availability", "cache", "hit", "status", "200")
                .timer().count()).isGreaterThanOrEqualTo(hits);
        assertThat(registry.get("bff.requests.statements").tag("endpoint", "availability").summary().count())
                .isEqualTo(after.count());
    }

    @Test
    void measures_a_refused_request_with_its_status_and_without_a_user() {
        RequestMonitor monitor = monitorOf(caching);
        long before = monitor.figures().get(EndpointType.AUTH_CONTEXT).count();
        List<String> lines;
        try (PerformanceLog log = new PerformanceLog()) {
            assertThat(caching.get("/api/bff/auth/context/", "not-a-token").code()).isEqualTo(401);
            lines = log.lines(Level.DEBUG);
        }

        assertThat(monitor.figures().get(EndpointType.AUTH_CONTEXT).count()).isEqualTo(before + 1);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(json(caching, line).get("status").getIntValue()).isEqualTo(401);
            assertThat(json(caching, line).get("user").isNull()).isTrue();
        });
    }

    @Test
    void a_club_refused_after_the_caller_check_reports_the_statement_that_decided_it() {
        List<String> lines;
        try (PerformanceLog log = new PerformanceLog()) {
            assertThat(caching.get("/api/bff/bi/availability/bulk/?club=" + Fixture.FOREIGN_CLUB + "&date=2026-03-18",
                    TestTokens.accessToken(AVAILABILITY_MEMBER)).code()).isEqualTo(404);
            lines = log.lines(Level.DEBUG);
        }

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(json(caching, line).get("status").getIntValue()).isEqualTo(404);
            assertThat(json(caching, line).get("query_count").getIntValue()).isEqualTo(1);
            assertThat(json(caching, line).get("cache").getStringValue()).isEqualTo("none");
        });
    }

    @Test
    void raises_no_alert_for_a_request_within_its_threshold() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        caching.get(availability("2026-03-25"), token);
        List<String> warnings;
        try (PerformanceLog log = new PerformanceLog()) {
            assertThat(caching.get(availability("2026-03-25"), token).header("X-Cache")).isEqualTo("HIT");
            warnings = log.lines(Level.WARN);
        }

        assertThat(warnings).isEmpty();
    }

    @Test
    void raises_exactly_one_alert_for_one_artificially_slow_request() {
        BffServer slow = BffServer.startWith(Map.of("bff.cache.responses", true, "test.slow-availability", "true",
                "bff.monitoring.thresholds.default", "300ms", "datasources.default.maximum-pool-size", 4));
        try (PerformanceLog log = new PerformanceLog()) {
            RequestMonitor monitor = monitorOf(slow);
            assertThat(monitor.thresholds()).isEqualTo(Map.of(EndpointType.DASHBOARD, Duration.ofMillis(200),
                    EndpointType.AUTH_CONTEXT, Duration.ofMillis(150), EndpointType.AVAILABILITY,
                    Duration.ofMillis(100), EndpointType.DEFAULT, Duration.ofMillis(300)));

            slow.get(availability("2026-03-26"), TestTokens.accessToken(AVAILABILITY_MEMBER));

            List<String> warnings = log.lines(Level.WARN);
            assertThat(warnings).singleElement().satisfies(line -> {
                assertThat(line).startsWith("BFF Performance alert {");
                JsonNode figures = json(slow, line.substring("BFF Performance alert ".length()));
                assertThat(figures.get("endpoint").getStringValue()).isEqualTo("availability");
                assertThat(figures.get("response_time_ms").getDoubleValue())
                        .isGreaterThanOrEqualTo(SlowAvailabilityFilter.DELAY_MS);
                assertThat(figures.get("threshold_ms").getIntValue()).isEqualTo(100);
                assertThat(figures.get("exceeded_threshold").getBooleanValue()).isTrue();
                assertThat(figures.get("query_count").getIntValue()).isEqualTo(2);
            });
            assertThat(monitor.recentAlerts()).singleElement().extracting(PerformanceAlert::type)
                    .isEqualTo(EndpointType.AVAILABILITY);
            assertThat(monitor.figures().get(EndpointType.AVAILABILITY).exceeded()).isEqualTo(1);
        } finally {
            slow.stop();
        }
    }
}
