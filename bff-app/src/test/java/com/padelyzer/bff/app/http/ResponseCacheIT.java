package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_OWNER;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.Fixture.ORG_B_MEMBER;
import static com.padelyzer.bff.app.http.Fixture.SUPERUSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache through the real server with caching on: what a hit costs (nothing, caller check included),
 * single flight, warm-up, tenancy before the cache, and the auth-context invalidation.
 */
class ResponseCacheIT {

    private static final Pattern STATEMENTS = Pattern.compile("db;dur=[0-9.]+;desc=\"([0-9]+) quer");

    private final BffServer server = BffServer.caching();

    static int statementsOf(HttpResponse<String> response) {
        Matcher timing = STATEMENTS.matcher(response.header("Server-Timing"));
        assertThat(timing.find()).as("Server-Timing: " + response.header("Server-Timing")).isTrue();
        return Integer.parseInt(timing.group(1));
    }

    private static String availability(String date, int slotMinutes) {
        return "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=" + date
                + "&slot_minutes=" + slotMinutes;
    }

    @Test
    void a_hit_sends_no_statement_at_all_and_serves_the_misses_bytes_and_etag() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        String uri = availability("2026-03-19", 75);

        HttpResponse<String> miss = server.get(uri, token);
        HttpResponse<String> hit = server.get(uri, token);

        assertThat(miss.header("X-Cache")).isEqualTo("MISS");
        assertThat(statementsOf(miss)).as("caller check, then the data").isEqualTo(2);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(statementsOf(hit)).as("caller check from the cache too").isZero();
        assertThat(hit.header("ETag")).isEqualTo(miss.header("ETag"));
        assertThat(server.body(hit)).isEqualTo(server.body(miss));
        assertThat(hit.header("Vary")).isEqualTo("Authorization");
        assertThat(server.json(hit).get("_performance").get("query_count").getIntValue())
                .as("the body describes the computation that produced it").isEqualTo(1);
    }

    @Test
    void a_matching_if_none_match_on_a_hit_gets_304_without_a_body() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        String uri = availability("2026-03-20", 60);
        HttpResponse<String> first = server.get(uri, token);

        HttpResponse<String> revalidated = server.exchange(HttpRequest.GET(uri).bearerAuth(token)
                .header("If-None-Match", first.header("ETag")));

        assertThat(revalidated.code()).isEqualTo(304);
        assertThat(server.body(revalidated)).isEmpty();
        assertThat(revalidated.header("X-Cache")).isEqualTo("HIT");
        assertThat(statementsOf(revalidated)).isZero();
    }

    @Test
    void tenancy_is_decided_before_the_cache_is_read_a_cached_club_stays_404_for_a_foreign_caller() {
        String uri = availability("2026-03-21", 60);
        assertThat(server.get(uri, TestTokens.accessToken(AVAILABILITY_MEMBER)).code()).isEqualTo(200);

        HttpResponse<String> foreign = server.get(uri, TestTokens.accessToken(ORG_B_MEMBER));
        HttpResponse<String> unknown = server.get(uri.replace(AVAILABILITY_CLUB,
                "00000000-0000-4000-8000-00000000dead"), TestTokens.accessToken(ORG_B_MEMBER));

        assertThat(foreign.code()).isEqualTo(404);
        assertThat(server.body(foreign)).isEqualTo(server.body(unknown));
    }

    @Test
    void one_hundred_concurrent_identical_misses_run_one_computation() throws Exception {
        String token = TestTokens.accessToken(ANALYTICS_OWNER);
        server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB + "&period=week", token);
        String uri = "/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB + "&period=year";
        ExecutorService clients = Executors.newFixedThreadPool(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(clients.submit(() -> {
                go.await();
                return server.get(uri, token);
            }));
        }

        go.countDown();
        int statements = 0;
        List<String> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.code()).isEqualTo(200);
            statements += statementsOf(response);
            bodies.add(server.body(response));
        }
        clients.shutdown();

        assertThat(statements).as("the caller was cached before: only the one computation's statement").isEqualTo(1);
        assertThat(bodies).containsOnly(bodies.get(0));
    }

    @Test
    void warm_up_puts_the_entries_in_so_the_next_request_is_a_hit() {
        HttpResponse<String> warmed = server.exchange(HttpRequest.POST("/api/management/bff/cache/warmup/",
                Map.of("club_ids", List.of(AVAILABILITY_CLUB), "dates", List.of("2026-03-22", "2026-03-23")))
                .bearerAuth(TestTokens.accessToken(SUPERUSER)));

        assertThat(warmed.code()).isEqualTo(200);
        assertThat(server.body(warmed)).isEqualTo("{\"warmed\":3}");
        HttpResponse<String> read = server.get("/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB
                + "&date=2026-03-23", TestTokens.accessToken(AVAILABILITY_MEMBER));
        assertThat(read.header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void the_auth_cache_invalidation_drops_the_callers_context_and_caller_check() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        server.get("/api/bff/auth/context/", token);
        assertThat(server.get("/api/bff/auth/context/", token).header("X-Cache")).isEqualTo("HIT");

        HttpResponse<String> invalidated = server.exchange(HttpRequest.POST("/api/bff/auth/cache/invalidate/", Map.of())
                .bearerAuth(token));
        HttpResponse<String> after = server.get("/api/bff/auth/context/", token);

        assertThat(invalidated.code()).isEqualTo(200);
        assertThat(after.header("X-Cache")).isEqualTo("MISS");
        assertThat(statementsOf(after)).as("the caller check read again (kept, it would cost none), the context "
                + "computed from what it read").isEqualTo(1);
    }
}
