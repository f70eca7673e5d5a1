package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.Fixture.COURT_AV_A;
import static com.padelyzer.bff.app.http.Fixture.COURT_FOREIGN;
import static com.padelyzer.bff.app.http.Fixture.ORG_A_ADMIN;
import static com.padelyzer.bff.app.http.Fixture.REVOKED_JTI;
import static com.padelyzer.bff.app.http.ResponseCacheIT.statementsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy {@code POST /api/reservations/check_availability/} end to end: the caller check comes first, as on
 * every read, and decides the court's club itself, so a refused caller costs one statement and no court-day load,
 * and a foreign court and an unknown court get byte-identical 404s at the same cost.
 */
class SlotCheckTenancyIT {

    private static final String PATH = "/api/reservations/check_availability/";
    private static final String NOT_FOUND = "{\"error\":\"Court not found or access denied\",\"code\":\"not_found\"}";

    private static BffServer server;
    private static CourtDayLoads courtDays;

    @BeforeAll
    static void start_a_server_counting_its_court_day_loads() {
        server = BffServer.startWith(Map.of("bff.cache.responses", false, "bff.cache.callers", false,
                "test.count-court-days", "true"));
        courtDays = server.embeddedServer().getApplicationContext().getBean(CourtDayLoads.class);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> check(String court, String token) {
        return server.exchange(HttpRequest.POST(PATH, Map.of("court", court, "date", "2026-03-19",
                "start_time", "10:00", "end_time", "11:00")).bearerAuth(token));
    }

    @Test
    void a_court_of_the_callers_club_is_checked_after_one_caller_statement() {
        int before = courtDays.count();

        HttpResponse<String> response = check(COURT_AV_A, TestTokens.accessToken(AVAILABILITY_MEMBER));

        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        assertThat(server.body(response)).startsWith("{\"is_available\":");
        assertThat(statementsOf(response)).as("caller check, then the court day").isEqualTo(2);
        assertThat(courtDays.count() - before).isEqualTo(1);
    }

    @Test
    void a_foreign_court_and_an_unknown_court_get_the_same_404_without_loading_any_court_day() {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        int before = courtDays.count();

        HttpResponse<String> foreign = check(COURT_FOREIGN, token);
        HttpResponse<String> unknown = check(UUID.randomUUID().toString(), token);

        assertThat(foreign.code()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(server.body(foreign)).isEqualTo(server.body(unknown)).isEqualTo(NOT_FOUND);
        assertThat(statementsOf(foreign)).as("the caller check alone").isEqualTo(1);
        assertThat(statementsOf(unknown)).as("the caller check alone").isEqualTo(1);
        assertThat(courtDays.count()).as("court days loaded").isEqualTo(before);
    }

    @Test
    void a_revoked_token_gets_401_after_the_caller_check_alone() {
        int before = courtDays.count();

        HttpResponse<String> response = check(COURT_AV_A, TestTokens.accessTokenWithJti(ORG_A_ADMIN, REVOKED_JTI));

        assertThat(response.code()).isEqualTo(401);
        assertThat(statementsOf(response)).as("the caller check alone").isEqualTo(1);
        assertThat(courtDays.count()).as("court days loaded").isEqualTo(before);
    }

    @Test
    void a_malformed_court_id_is_a_400_before_any_statement_as_the_spec_says() {
        int before = courtDays.count();

        HttpResponse<String> response = check("court-7", TestTokens.accessToken(AVAILABILITY_MEMBER));

        assertThat(response.code()).isEqualTo(400);
        assertThat(server.body(response)).contains("\"code\":\"invalid_court\"");
        assertThat(courtDays.count()).isEqualTo(before);
    }
}
