package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_OWNER;
import static com.padelyzer.bff.app.http.Fixture.PLATFORM_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management flush's {@code user_id} through the real caching server: zero, negative, fractional, too long or
 * not a number is a 400 with the SPEC error body and flushes nothing; a query string never stands in for the body.
 */
class FlushUserIdIT {

    private static final String FLUSH = "/api/management/bff/cache/flush/";
    private static final String CONTEXT = "/api/bff/auth/context/";
    private static final String INVALID_USER_ID =
            "{\"error\":\"'user_id' must be a user id (a positive integer)\",\"code\":\"invalid_user_id\"}";

    private final BffServer server = BffServer.caching();

    private HttpResponse<String> flush(String path, String json) {
        return server.exchange(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(TestTokens.accessToken(PLATFORM_STAFF)));
    }

    private String contextCache() {
        return server.get(CONTEXT, TestTokens.accessToken(ANALYTICS_OWNER)).header("X-Cache");
    }

    @Test
    void a_user_id_that_is_not_a_positive_integer_is_400_and_flushes_nothing() {
        contextCache();
        assertThat(contextCache()).isEqualTo("HIT");

        for (String userId : List.of("0", "-1", "\"-1\"", "\"0\"", "1.5", "1e3", "\"abc\"", "\"\"", "\" \"",
                "\"+7\"", "\"0x7\"", "\"7a\"", "\"\u0667\"", "\"9999999999999999999\"", "99999999999999999999",
                "true", "[7]", "{\"id\": 7}")) {
            HttpResponse<String> response = flush(FLUSH, "{\"type\": \"auth\", \"user_id\": " + userId + "}");

            assertThat(response.code()).as(userId).isEqualTo(400);
            assertThat(server.body(response)).as(userId).isEqualTo(INVALID_USER_ID);
        }

        assertThat(contextCache()).as("nothing was flushed").isEqualTo("HIT");
    }

    @Test
    void a_user_id_in_the_query_string_is_ignored_the_body_alone_decides() {
        contextCache();

        HttpResponse<String> badBody = flush(FLUSH + "?user_id=" + ANALYTICS_OWNER,
                "{\"type\": \"auth\", \"user_id\": \"abc\"}");
        HttpResponse<String> noBody = flush(FLUSH + "?type=auth&user_id=" + ANALYTICS_OWNER, "");
        HttpResponse<String> otherUser = flush(FLUSH + "?user_id=" + ANALYTICS_OWNER,
                "{\"type\": \"auth\", \"user_id\": 999999999999999999}");

        assertThat(badBody.code()).isEqualTo(400);
        assertThat(server.body(badBody)).isEqualTo(INVALID_USER_ID);
        assertThat(noBody.code()).isEqualTo(400);
        assertThat(server.json(noBody).get("code").getStringValue()).isEqualTo("invalid_json");
        assertThat(otherUser.code()).isEqualTo(200);
        assertThat(server.body(otherUser)).isEqualTo("{\"flushed\":0}");
        assertThat(contextCache()).as("the query's user was not flushed").isEqualTo("HIT");

        HttpResponse<String> byBody = flush(FLUSH + "?user_id=-1",
                "{\"type\": \"auth\", \"user_id\": \"" + ANALYTICS_OWNER + "\"}");

        assertThat(byBody.code()).isEqualTo(200);
        assertThat(contextCache()).as("the body's user was flushed").isEqualTo("MISS");
    }
}
