package com.padelyzer.bff.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.adapter.web.error.ApiErrors;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import org.junit.jupiter.api.Test;

/** A request the security filter turned away: 401 without an authentication, 403 with one, SPEC error bodies. */
class AuthorizationFailureHandlerTest {

    private final AuthorizationFailureHandler handler = new AuthorizationFailureHandler();

    @Test
    void an_unauthenticated_request_gets_401_with_the_unauthorized_body() {
        MutableHttpResponse<?> response = handler.handle(null, new AuthorizationException(null));
        assertThat(response.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(response.getBody().orElseThrow()).isEqualTo(ApiErrors.UNAUTHORIZED);
    }

    @Test
    void an_authenticated_request_that_is_not_allowed_gets_403_with_the_forbidden_body() {
        MutableHttpResponse<?> response = handler.handle(null, new AuthorizationException(Authentication.build("42")));
        assertThat(response.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(response.getBody().orElseThrow()).isEqualTo(ApiErrors.FORBIDDEN);
    }
}
