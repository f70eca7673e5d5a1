package com.padelyzer.bff.adapter.web.security;

import com.padelyzer.bff.adapter.web.error.ApiErrors;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A request the security filter turned away: 401 without a valid token (missing, garbled, badly signed,
 * {@code alg: none}, expired, not an access token), 403 when authenticated but not allowed.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        return exception.isForbidden()
                ? HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN).body(ApiErrors.FORBIDDEN)
                : HttpResponse.unauthorized().body(ApiErrors.UNAUTHORIZED);
    }
}
