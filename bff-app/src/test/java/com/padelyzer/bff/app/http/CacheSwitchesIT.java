package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.ResponseCacheIT.statementsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bff.cache.responses} and {@code bff.cache.callers} switch the two caches independently: answers off is a
 * miss of every answer with the caller check still kept (what a user meets after an eviction), callers off checks
 * the caller in the database on every request, hits included.
 */
class CacheSwitchesIT {

    private static final String AVAILABILITY = "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB
            + "&date=2026-03-24";

    @Test
    void answers_off_computes_every_request_and_keeps_the_caller_check() {
        BffServer server = BffServer.startWith(Map.of("bff.cache.responses", false));
        try {
            String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
            HttpResponse<String> first = server.get(AVAILABILITY, token);
            HttpResponse<String> second = server.get(AVAILABILITY, token);

            assertThat(first.code()).isEqualTo(200);
            assertThat(statementsOf(first)).as("caller check, then the data").isEqualTo(2);
            assertThat(second.header("X-Cache")).isEqualTo("MISS");
            assertThat(statementsOf(second)).as("the data only: the caller check was kept").isEqualTo(1);
            assertThat(server.body(second)).isEqualTo(server.body(first));

            HttpResponse<String> context = server.get("/api/bff/auth/context/", token);
            assertThat(context.header("X-Cache")).isEqualTo("MISS");
            assertThat(statementsOf(context)).as("computed from the kept caller check's access").isZero();
        } finally {
            server.stop();
        }
    }

    @Test
    void nothing_kept_an_auth_context_costs_the_caller_check_alone() {
        BffServer server = BffServer.get();
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);

        HttpResponse<String> first = server.get("/api/bff/auth/context/", token);
        HttpResponse<String> second = server.get("/api/bff/auth/context/", token);

        assertThat(statementsOf(first)).as("the caller check's statement brings the user's access").isEqualTo(1);
        assertThat(statementsOf(second)).isEqualTo(1);
        assertThat(server.body(second)).isEqualTo(server.body(first));
    }

    @Test
    void callers_off_checks_the_caller_on_every_request_even_on_a_hit() {
        BffServer server = BffServer.startWith(Map.of("bff.cache.responses", true, "bff.cache.callers", false));
        try {
            String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
            HttpResponse<String> miss = server.get(AVAILABILITY, token);
            HttpResponse<String> hit = server.get(AVAILABILITY, token);

            assertThat(statementsOf(miss)).as("caller check, then the data").isEqualTo(2);
            assertThat(hit.header("X-Cache")).isEqualTo("HIT");
            assertThat(statementsOf(hit)).as("the caller check only").isEqualTo(1);
        } finally {
            server.stop();
        }
    }
}
