package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_OWNER;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.Fixture.ORG_A_ADMIN;
import static com.padelyzer.bff.app.http.Fixture.PLATFORM_STAFF;
import static com.padelyzer.bff.app.http.Fixture.SUPERUSER;
import static org.assertj.core.api.Assertions.assertThat;

/** Flush, warm-up and status through the caching server: what the next request's {@code X-Cache} says. */
class CacheManagementIT {

    private static final String DASHBOARD = "/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB;

    private final BffServer server = BffServer.caching();

    private HttpResponse<String> flush(Map<String, Object> body) {
        return server.exchange(HttpRequest.POST("/api/management/bff/cache/flush/", body)
                .bearerAuth(TestTokens.accessToken(PLATFORM_STAFF)));
    }

    private static String availability(String date) {
        return "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=" + date;
    }

    private String xCache(String uri, long user) {
        return server.get(uri, TestTokens.accessToken(user)).header("X-Cache");
    }

    @Test
    void a_flush_of_one_club_drops_exactly_its_entries_and_leaves_other_clubs_hits() {
        flush(Map.of("type", "all", "club_id", AVAILABILITY_CLUB));
        xCache(availability("2026-04-01"), AVAILABILITY_MEMBER);
        xCache(availability("2026-04-02"), AVAILABILITY_MEMBER);
        xCache(DASHBOARD, ANALYTICS_OWNER);
        assertThat(xCache(availability("2026-04-01"), AVAILABILITY_MEMBER)).isEqualTo("HIT");
        assertThat(xCache(DASHBOARD, ANALYTICS_OWNER)).isEqualTo("HIT");

        HttpResponse<String> flushed = flush(Map.of("type", "all", "club_id", AVAILABILITY_CLUB));

        assertThat(flushed.code()).isEqualTo(200);
        assertThat(server.body(flushed)).as("two availability days and the club's tenancy (caller check)")
                .isEqualTo("{\"flushed\":3}");
        assertThat(xCache(availability("2026-04-01"), AVAILABILITY_MEMBER)).isEqualTo("MISS");
        assertThat(xCache(availability("2026-04-02"), AVAILABILITY_MEMBER)).isEqualTo("MISS");
        assertThat(xCache(DASHBOARD, ANALYTICS_OWNER)).as("another club's entry").isEqualTo("HIT");
    }

    @Test
    void warm_up_makes_the_next_dashboard_a_hit_and_a_dashboard_flush_makes_it_a_miss() {
        flush(Map.of("type", "dashboard", "club_id", ANALYTICS_CLUB));
        HttpResponse<String> warmed = server.exchange(HttpRequest.POST("/api/management/bff/cache/warmup/",
                Map.of("club_ids", List.of(ANALYTICS_CLUB), "dates", List.of("2026-04-03")))
                .bearerAuth(TestTokens.accessToken(SUPERUSER)));
        assertThat(server.body(warmed)).isEqualTo("{\"warmed\":2}");
        assertThat(xCache(DASHBOARD, ANALYTICS_OWNER)).isEqualTo("HIT");

        HttpResponse<String> flushed = flush(Map.of("type", "dashboard", "club_id", ANALYTICS_CLUB));

        assertThat(server.body(flushed)).isEqualTo("{\"flushed\":1}");
        assertThat(xCache(DASHBOARD, ANALYTICS_OWNER)).isEqualTo("MISS");
    }

    @Test
    void an_auth_flush_of_one_user_makes_their_next_context_a_miss_and_leaves_others_hits() {
        String context = "/api/bff/auth/context/";
        xCache(context, ORG_A_ADMIN);
        xCache(context, AVAILABILITY_MEMBER);
        assertThat(xCache(context, ORG_A_ADMIN)).isEqualTo("HIT");

        HttpResponse<String> flushed = flush(Map.of("type", "auth", "user_id", ORG_A_ADMIN));

        assertThat(server.body(flushed)).isEqualTo("{\"flushed\":1}");
        assertThat(xCache(context, ORG_A_ADMIN)).isEqualTo("MISS");
        assertThat(xCache(context, AVAILABILITY_MEMBER)).isEqualTo("HIT");
    }

    @Test
    void a_flush_that_cannot_match_is_400_with_the_error_body() {
        HttpResponse<String> response = flush(Map.of("type", "dashboard", "user_id", ORG_A_ADMIN));

        assertThat(response.code()).isEqualTo(400);
        assertThat(server.json(response).get("code").getStringValue()).isEqualTo("invalid_flush");
        assertThat(flush(Map.of("type", "sessions")).code()).isEqualTo(400);
    }

    @Test
    void the_status_counts_the_entries_the_server_keeps() {
        flush(Map.of("type", "availability", "club_id", AVAILABILITY_CLUB));
        xCache(availability("2026-04-05"), AVAILABILITY_MEMBER);

        HttpResponse<String> status = server.get("/api/management/bff/cache/status/",
                TestTokens.accessToken(SUPERUSER));

        assertThat(status.code()).isEqualTo(200);
        var body = server.json(status);
        assertThat(body.get("backends").get("l1").getStringValue()).isEqualTo("caffeine");
        assertThat(body.get("backends").get("l2").isNull()).isTrue();
        var availability = body.get("types").get(0);
        assertThat(availability.get("type").getStringValue()).isEqualTo("availability");
        assertThat(availability.get("key_prefix").getStringValue()).isEqualTo("bff:availability:");
        assertThat(availability.get("ttl_seconds").getLongValue()).isEqualTo(60);
        assertThat(availability.get("l1_entries").getLongValue()).isPositive();
        assertThat(body.get("lookups").get("misses").getLongValue()).isPositive();
    }

    @Test
    void the_performance_report_counts_the_requests_and_cache_states_it_saw() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        String uri = availability("2026-04-20");
        long countBefore = availabilityFigure("count");
        long hitsBefore = availabilityFigure("hits");
        long missesBefore = availabilityFigure("misses");

        List<String> states = List.of(xCacheWith(uri, token), xCacheWith(uri, token), xCacheWith(uri, token));

        assertThat(states).containsExactly("MISS", "HIT", "HIT");
        assertThat(availabilityFigure("count") - countBefore).isEqualTo(3);
        assertThat(availabilityFigure("hits") - hitsBefore).isEqualTo(2);
        assertThat(availabilityFigure("misses") - missesBefore).isEqualTo(1);
        JsonNode report = server.json(server.get("/api/management/bff/performance/",
                TestTokens.accessToken(PLATFORM_STAFF)));
        assertThat(report.get("health_score").getIntValue()).isBetween(0, 100);
        assertThat(report.get("performance").get("thresholds").get("availability").getLongValue()).isEqualTo(100);
    }

    private String xCacheWith(String uri, String token) {
        return server.get(uri, token).header("X-Cache");
    }

    private long availabilityFigure(String figure) {
        JsonNode report = server.json(server.get("/api/management/bff/performance/",
                TestTokens.accessToken(PLATFORM_STAFF)));
        JsonNode availability = report.get("performance").get("stats").get("availability");
        return availability == null ? 0 : availability.get(figure).getLongValue();
    }
}
