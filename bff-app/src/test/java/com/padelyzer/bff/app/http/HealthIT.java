package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HealthIT {

    @Test
    void answers_up_without_a_token_when_the_database_answers() {
        TestDatabase database = TestDatabase.shared();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.user(),
                "datasources.default.password", database.password(),
                "bff.jwt.secret", TestTokens.SECRET));
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {

            var response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);

            assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void health_and_the_api_answer_503_without_details_when_the_database_does_not_answer() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1",
                "datasources.default.initialization-fail-timeout", -1,
                "datasources.default.connection-timeout", 1000,
                "flyway.datasources.default.enabled", false,
                "bff.jwt.secret", TestTokens.SECRET));
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {

            HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/health"), String.class));

            assertThat(failure.code()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
            assertThat(failure.getResponse().getBody(String.class).orElseThrow()).contains("\"status\":\"DOWN\"")
                    .doesNotContain("Exception").doesNotContain("jdbc");

            HttpClientResponseException api = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/api/bff/auth/context/")
                            .bearerAuth(TestTokens.accessToken(1)), String.class));
            assertThat(api.code()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
            assertThat(api.getResponse().getHeaders().get("Retry-After")).isNotBlank();
            assertThat(api.getResponse().getBody(String.class).orElseThrow())
                    .isEqualTo("{\"error\":\"The service is temporarily unavailable, retry shortly\","
                            + "\"code\":\"service_unavailable\"}");
        }
    }
}
