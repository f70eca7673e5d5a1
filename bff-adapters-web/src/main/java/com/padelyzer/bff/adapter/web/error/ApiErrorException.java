package com.padelyzer.bff.adapter.web.error;

import io.micronaut.http.HttpStatus;

import java.util.Objects;

/**
 * A request refused with a known status and body: a bad parameter (400), a refused caller (401), a club or court
 * the caller may not see (404). Carries no cause and no stack trace; the body is all the client learns.
 */
public final class ApiErrorException extends RuntimeException {

    private final HttpStatus status;
    private final ApiError body;

    public ApiErrorException(HttpStatus status, ApiError body) {
        super(body.code(), null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.body = body;
    }

    public static ApiErrorException badRequest(String message, String code) {
        return new ApiErrorException(HttpStatus.BAD_REQUEST, new ApiError(message, code));
    }

    public static ApiErrorException unauthorized() {
        return new ApiErrorException(HttpStatus.UNAUTHORIZED, ApiErrors.UNAUTHORIZED);
    }

    public static ApiErrorException forbidden() {
        return new ApiErrorException(HttpStatus.FORBIDDEN, ApiErrors.FORBIDDEN);
    }

    public static ApiErrorException notFound(ApiError body) {
        return new ApiErrorException(HttpStatus.NOT_FOUND, body);
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return body;
    }
}
