package com.padelyzer.bff.app.http;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the routes cannot serve as asked, through the real server: every status the error processor renders for
 * Micronaut (404, 405, 406, 413, 415) with its SPEC error body, and the parameter faults that must read alike (a
 * JSON number as {@code club} like a malformed id, an empty {@code courts[]=} like an empty {@code courts=}).
 */
class RequestFaultsIT {

    private static final String CLUB_NOT_FOUND = "{\"error\":\"Club not found or access denied\",\"code\":\"not_found\"}";
    private static final String ANALYTICS = "/api/bff/bi/analytics/club/";
    private static final String DAY = "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18";

    private final BffServer server = BffServer.get();
    private final RawHttp http = new RawHttp(server.embeddedServer().getURL());
    private final String admin = TestTokens.accessToken(Fixture.ORG_A_ADMIN);

    private RawHttp.Answer postJson(String path, String json) {
        return http.post(path, admin, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_json_number_or_any_other_non_string_club_is_a_malformed_id_and_gets_the_unknown_clubs_404() {
        RawHttp.Answer malformed = postJson(ANALYTICS, "{\"club\": \"42\"}");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.body()).isEqualTo(CLUB_NOT_FOUND);

        for (String club : List.of("42", "-1", "1e400", "true", "[\"" + ANALYTICS_CLUB + "\"]", "{\"id\": 1}")) {
            RawHttp.Answer answer = postJson(ANALYTICS, "{\"club\": " + club + "}");
            assertThat(answer.status()).as(club).isEqualTo(404);
            assertThat(answer.body()).as(club).isEqualTo(malformed.body());
        }
        assertThat(postJson(ANALYTICS, "{\"club\": \"" + ANALYTICS_CLUB + "\"}").status()).isEqualTo(200);
    }

    @Test
    void an_empty_courts_value_lists_no_court_in_either_form_so_alone_it_means_all_courts() {
        JsonNode all = courtsOf(DAY);
        assertThat(all.size()).isEqualTo(3);

        for (String empty : List.of("&courts=", "&courts[]=", "&courts%5B%5D=", "&courts[]=&courts=")) {
            assertThat(courtsOf(DAY + empty)).as(empty).isEqualTo(all);
        }
        String one = "&courts[]=" + Fixture.COURT_AV_B;
        assertThat(courtsOf(DAY + one + "&courts[]=").size()).isEqualTo(1);
        assertThat(courtsOf(DAY + "&courts=" + Fixture.COURT_AV_B).size()).isEqualTo(1);
        for (String malformed : List.of("&courts=,", "&courts=" + Fixture.COURT_AV_B + ",,", "&courts[]=%20")) {
            assertThat(server.get(DAY + malformed, admin).code()).as(malformed).isEqualTo(400);
        }
    }

    private JsonNode courtsOf(String uri) {
        var response = server.get(uri, admin);
        assertThat(response.code()).as(uri + " " + server.body(response)).isEqualTo(200);
        return server.json(response).get("courts");
    }

    @Test
    void an_unknown_path_is_404_with_the_error_body() {
        RawHttp.Answer answer = http.get("/api/bff/no-such-thing/", admin);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"error\":\"Not found\",\"code\":\"not_found\"}");
    }

    @Test
    void a_method_the_route_does_not_serve_is_405_with_the_error_body() {
        RawHttp.Answer answer = http.send("DELETE /api/bff/auth/context/ HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + admin, "");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body()).isEqualTo("{\"error\":\"Method not allowed\",\"code\":\"method_not_allowed\"}");
    }

    @Test
    void asking_for_csv_is_406_with_the_error_body() {
        RawHttp.Answer answer = http.get("/api/bff/auth/context/", admin, "Accept: text/csv");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.body())
                .isEqualTo("{\"error\":\"Only application/json is served\",\"code\":\"not_acceptable\"}");
    }

    @Test
    void a_body_over_the_limit_is_413_with_the_error_body() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        RawHttp.Answer answer = http.post(ANALYTICS, admin, "application/json", body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).isEqualTo("{\"error\":\"The request body is too large\",\"code\":\"payload_too_large\"}");
        assertThat(postJson(ANALYTICS, "{\"club\": \"" + ANALYTICS_CLUB + "\"}").status()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_json_is_415_with_the_error_body() {
        RawHttp.Answer answer = http.post(ANALYTICS, admin, "text/plain",
                ("{\"club\": \"" + ANALYTICS_CLUB + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body())
                .isEqualTo("{\"error\":\"Send the body as application/json\",\"code\":\"unsupported_media_type\"}");
    }

    @Test
    void a_body_in_a_charset_that_does_not_exist_is_415_not_500() {
        for (String charset : List.of("nonsense", "@@")) {
            RawHttp.Answer answer = http.post(ANALYTICS, admin, "application/json; charset=" + charset,
                    ("{\"club\": \"" + ANALYTICS_CLUB + "\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).as(charset).isEqualTo(415);
            assertThat(answer.body()).as(charset)
                    .isEqualTo("{\"error\":\"Send the body as application/json\",\"code\":\"unsupported_media_type\"}");
        }
    }

    @Test
    void a_request_line_over_the_limit_is_414_with_the_error_body_though_netty_refuses_it_before_any_route() {
        RawHttp.Answer answer = http.get(DAY + "&x=" + "y".repeat(20_000), admin);

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.body()).isEqualTo("{\"error\":\"The request line is too long\",\"code\":\"uri_too_long\"}");
    }

    @Test
    void headers_over_the_limit_are_431_with_the_error_body_though_netty_refuses_them_before_any_route() {
        RawHttp.Answer answer = http.get("/api/bff/auth/context/", admin, "X-Big: " + "b".repeat(140_000));

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.body())
                .isEqualTo("{\"error\":\"The request headers are too large\",\"code\":\"headers_too_large\"}");
    }
}
