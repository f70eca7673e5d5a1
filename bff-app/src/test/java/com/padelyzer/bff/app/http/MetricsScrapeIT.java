package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/management/bff/metrics/}: the Prometheus scrape, for staff only, with the JVM, process, HikariCP,
 * cache and change-notification meters, on a caching server of its own so its counts are this class's.
 */
class MetricsScrapeIT {

    private static final String METRICS = "/api/management/bff/metrics/";
    /** What Prometheus 2.x/3.x asks for. */
    private static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    private static BffServer server;

    @BeforeAll
    static void start_a_caching_server_of_its_own() {
        server = BffServer.startWith(Map.of("bff.cache.responses", true));
    }

    @AfterAll
    static void stop_it() {
        server.stop();
    }

    @Test
    void staff_scrape_jvm_process_pool_cache_and_eviction_meters() {
        String adminToken = TestTokens.accessToken(Fixture.ORG_A_ADMIN);
        assertThat(server.get("/api/bff/auth/context/", adminToken).header("X-Cache")).isEqualTo("MISS");
        assertThat(server.get("/api/bff/auth/context/", adminToken).header("X-Cache")).isEqualTo("HIT");
        // a write the main system makes (a club of no fixture: no answer of another test changes) ...
        Fixture.loaded().execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, "
                + "start_time, end_time) VALUES (gen_random_uuid(), '" + UUID.randomUUID() + "', gen_random_uuid(), "
                + "'2026-03-20', '10:00', '11:00')");
        // ... and a notification naming the admin, whose auth context is cached: evicts at least that entry
        Fixture.loaded().execute("SELECT pg_notify('bff_changes', '{\"t\":\"user\",\"user\":" + Fixture.ORG_A_ADMIN
                + ",\"at\":' || floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint || '}')");

        String scrape = eventuallyScraped(text -> value(text, "bff_cache_eviction_latency_seconds_count").orElse(0) >= 2
                && value(text, "bff_cache_evictions_events_total").orElse(0) > 0);

        for (String name : new String[]{"jvm_memory_used_bytes", "jvm_gc_live_data_size_bytes", "jvm_threads_live_threads",
                "process_cpu_usage", "system_cpu_usage", "process_uptime_seconds",
                "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_pending",
                "hikaricp_connections_max", "hikaricp_connections_acquire_seconds_count",
                "bff_cache_redis_available", "bff_cache_evictions_total", "bff_change_listener_connected",
                "bff_change_listener_reconnects_total", "bff_change_listener_unreadable_total",
                "bff_requests_seconds_count", "bff_requests_statements_count", "bff_cache_evictions_expired_total",
                "bff_cache_evictions_space_total"}) {
            assertThat(value(scrape, name)).as(name).isPresent();
        }
        assertThat(value(scrape, "bff_cache_lookups_total{result=\"l1\"").orElseThrow()).as("hits").isPositive();
        assertThat(value(scrape, "bff_cache_lookups_total{result=\"miss\"").orElseThrow()).as("misses").isPositive();
        assertThat(value(scrape, "bff_cache_eviction_latency_seconds_bucket{le=\"1.0\"")).as("within a second")
                .hasValue(value(scrape, "bff_cache_eviction_latency_seconds_count").orElseThrow());
        assertThat(value(scrape, "bff_change_listener_notifications_total").orElseThrow()).isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "bff_change_listener_connected")).hasValue(1);
    }

    @Test
    void a_flush_counts_the_entries_it_removed() {
        String token = TestTokens.accessToken(Fixture.AVAILABILITY_MEMBER);
        server.get("/api/bff/bi/availability/bulk/?club=" + Fixture.AVAILABILITY_CLUB + "&date=2026-03-25", token);
        HttpResponse<String> flushed = server.exchange(HttpRequest.POST("/api/management/bff/cache/flush/",
                Map.of("type", "availability", "club_id", Fixture.AVAILABILITY_CLUB))
                .bearerAuth(TestTokens.accessToken(Fixture.PLATFORM_STAFF)));
        long removed = server.json(flushed).get("flushed").getLongValue();

        assertThat(removed).isPositive();
        assertThat(value(scrape(), "bff_cache_evictions_flushed_total").orElseThrow())
                .isGreaterThanOrEqualTo(removed);
    }

    @Test
    void the_scrape_is_the_prometheus_text_format_for_what_prometheus_asks_and_for_a_superuser() {
        HttpResponse<String> response = server.exchange(HttpRequest.GET(METRICS)
                .bearerAuth(TestTokens.accessToken(Fixture.SUPERUSER)).header("Accept", PROMETHEUS_ACCEPT));

        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(server.body(response)).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    @Test
    void a_client_that_accepts_only_text_plain_gets_the_scrape_too() {
        HttpResponse<String> response = server.exchange(HttpRequest.GET(METRICS)
                .bearerAuth(TestTokens.accessToken(Fixture.PLATFORM_STAFF)).header("Accept", "text/plain"));

        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        assertThat(server.body(response)).contains("bff_cache_redis_available");
    }

    @Test
    void no_token_is_401_and_a_member_or_an_organization_admin_is_403() {
        assertThat(server.exchange(HttpRequest.GET(METRICS)).code()).isEqualTo(401);
        for (long user : new long[]{Fixture.ORG_A_ADMIN, Fixture.AVAILABILITY_MEMBER}) {
            HttpResponse<String> response = server.get(METRICS, TestTokens.accessToken(user));

            assertThat(response.code()).isEqualTo(403);
            assertThat(server.body(response))
                    .isEqualTo("{\"error\":\"You do not have permission to perform this action\",\"code\":\"forbidden\"}");
        }
    }

    @Test
    void micronauts_own_prometheus_endpoint_is_not_served() {
        HttpResponse<String> response = server.get("/prometheus", TestTokens.accessToken(Fixture.PLATFORM_STAFF));

        assertThat(response.code()).isNotEqualTo(200);
        assertThat(server.body(response)).doesNotContain("jvm_memory_used_bytes");
    }

    private static String scrape() {
        HttpResponse<String> response = server.get(METRICS, TestTokens.accessToken(Fixture.PLATFORM_STAFF));
        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        return server.body(response);
    }

    /** Scrapes until {@code done} holds (evictions happen on the listener's thread), for up to two seconds. */
    private static String eventuallyScraped(Predicate<String> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        String scrape = scrape();
        while (!done.test(scrape) && System.nanoTime() < deadline) {
            sleep();
            scrape = scrape();
        }
        return scrape;
    }

    /**
     * The value of the first sample whose line starts with {@code prefix}: a name, or a name with its first labels
     * (bff_cache_lookups_total{result="l1").
     */
    private static OptionalDouble value(String scrape, String prefix) {
        return scrape.lines()
                .filter(line -> line.startsWith(prefix) && line.length() > prefix.length()
                        && "{ ,}".indexOf(line.charAt(prefix.length())) >= 0)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
