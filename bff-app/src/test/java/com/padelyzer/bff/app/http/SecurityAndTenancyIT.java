package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.FOREIGN_CLUB;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4 through the real server: every 401, the tenancy 404s, and the 400s of §5. */
class SecurityAndTenancyIT {

    private static final String UNAUTHORIZED =
            "{\"error\":\"Authentication credentials were not provided or are invalid\",\"code\":\"unauthorized\"}";
    private static final String NOT_FOUND = "{\"error\":\"Club not found or access denied\",\"code\":\"not_found\"}";

    private final BffServer server = BffServer.get();

    private HttpResponse<String> context(String authorization) {
        var request = HttpRequest.GET("/api/bff/auth/context/");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.exchange(request);
    }

    @Test
    void every_bad_token_gets_the_same_401() {
        long user = Fixture.ORG_A_ADMIN;
        List<String> rejected = List.of(
                "", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz",
                "Bearer " + TestTokens.tokenSignedWith("another-secret-of-at-least-32-bytes-long!!", user),
                "Bearer " + TestTokens.unsignedToken(user),
                "Bearer " + TestTokens.expiredToken(user),
                "Bearer " + TestTokens.refreshToken(user),
                "Bearer " + TestTokens.accessTokenWithJti(user, Fixture.REVOKED_JTI),
                "Bearer " + TestTokens.accessToken(Fixture.INACTIVE_USER),
                "Bearer " + TestTokens.accessToken(999_999));
        assertThat(context(null).code()).isEqualTo(401);
        for (String authorization : rejected) {
            HttpResponse<String> response = context(authorization);
            assertThat(response.code()).as(authorization).isEqualTo(401);
            assertThat(server.body(response)).as(authorization).isEqualTo(UNAUTHORIZED);
        }
        assertThat(context("Bearer " + TestTokens.accessToken(user)).code()).isEqualTo(200);
    }

    @Test
    void a_user_of_another_organization_gets_the_same_404_as_for_an_unknown_club_even_after_a_member_read() {
        String insider = TestTokens.accessToken(Fixture.ORG_A_ADMIN);
        String outsider = TestTokens.accessToken(Fixture.ORG_B_MEMBER);
        String analytics = "/api/bff/bi/analytics/club/?club=";
        String availability = "/api/bff/bi/availability/bulk/?date=2026-03-18&club=";
        assertThat(server.get(analytics + ANALYTICS_CLUB, insider).code()).isEqualTo(200);
        assertThat(server.get(availability + AVAILABILITY_CLUB, insider).code()).isEqualTo(200);

        for (String uri : List.of(analytics + ANALYTICS_CLUB, availability + AVAILABILITY_CLUB,
                analytics + UUID.randomUUID(), availability + UUID.randomUUID(), analytics + "not-a-uuid",
                availability + "not-a-uuid")) {
            HttpResponse<String> response = server.get(uri, outsider);
            assertThat(response.code()).as(uri).isEqualTo(404);
            assertThat(server.body(response)).as(uri).isEqualTo(NOT_FOUND);
        }
        assertThat(server.get(analytics + FOREIGN_CLUB, outsider).code()).isEqualTo(200);
    }

    @Test
    void a_club_member_reads_availability_but_not_analytics_while_owner_and_staff_read_both() {
        String member = TestTokens.accessToken(Fixture.AVAILABILITY_MEMBER);
        assertThat(server.get("/api/bff/bi/availability/bulk/?date=2026-03-18&club=" + AVAILABILITY_CLUB, member)
                .code()).isEqualTo(200);
        HttpResponse<String> analytics = server.get("/api/bff/bi/analytics/club/?club=" + AVAILABILITY_CLUB, member);
        assertThat(analytics.code()).isEqualTo(404);
        assertThat(server.body(analytics)).isEqualTo(NOT_FOUND);
        assertThat(server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB,
                TestTokens.accessToken(Fixture.ANALYTICS_STAFF)).code()).isEqualTo(200);
        assertThat(server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB,
                TestTokens.accessToken(Fixture.SUPERUSER)).code()).isEqualTo(200);
        assertThat(server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB,
                TestTokens.accessToken(Fixture.PLATFORM_STAFF)).code()).as("is_staff alone is no club access")
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB + "&period=decade",
            "/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB + "&include_revenue=maybe",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB,
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-13-01",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2031-03-18",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&slot_minutes=25",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&slot_minutes=37",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&slot_minutes=255",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&slot_minutes=abc",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&courts=not-a-uuid",
            "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&courts[]=1"})
    void malformed_parameters_get_a_400_with_a_message_and_a_code(String uri) {
        HttpResponse<String> response = server.get(uri, TestTokens.accessToken(Fixture.ORG_A_ADMIN));

        assertThat(response.code()).as(uri).isEqualTo(400);
        var body = server.json(response);
        assertThat(body.get("error").getStringValue()).isNotBlank().doesNotContain("Exception", "java.", "SQL");
        assertThat(body.get("code").getStringValue()).isNotBlank();
    }

    @Test
    void more_than_a_hundred_courts_and_invalid_json_are_400s() {
        StringBuilder courts = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            courts.append(i == 0 ? "" : ",").append(UUID.randomUUID());
        }
        String admin = TestTokens.accessToken(Fixture.ORG_A_ADMIN);
        assertThat(server.get("/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18&courts="
                + courts, admin).code()).isEqualTo(400);

        HttpResponse<String> badJson = server.exchange(HttpRequest.POST("/api/bff/bi/analytics/club/", "{\"club\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertThat(badJson.code()).isEqualTo(400);
        assertThat(server.json(badJson).get("code").getStringValue()).isEqualTo("invalid_json");
        assertThat(server.body(badJson)).doesNotContain("Exception", "com.", "io.micronaut");
    }

    @Test
    void a_matching_if_none_match_gets_304() {
        String admin = TestTokens.accessToken(Fixture.ORG_A_ADMIN);
        String uri = "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18";
        HttpResponse<String> first = server.get(uri, admin);

        HttpResponse<String> again = server.exchange(HttpRequest.GET(uri).bearerAuth(admin)
                .header("If-None-Match", first.header("ETag")));

        assertThat(again.code()).isEqualTo(304);
        assertThat(server.body(again)).isEmpty();
    }
}
