package com.padelyzer.bff.adapter.web.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.serde.exceptions.SerdeException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Renders the errors Micronaut itself raises (unknown route, wrong method, unreadable body, unhandled exception) and
 * those Netty raises before it (a request line or headers too long) in the BFF's error shape. It looks only at the status and the kind of cause, never at exception messages,
 * which may carry SQL, class names or input echoes.
 */
@Singleton
final class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        Optional<HttpStatus> tooLong = tooLongBeforeTheBody(context);
        tooLong.ifPresent(typed::status);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        return typed.body(describe(response.status(), context)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Netty refuses a request line over {@code max-initial-line-length} or headers over {@code max-header-size}
     * before any route, and Micronaut answers both 413 as if a body were too large: they are 414 and 431.
     */
    private static Optional<HttpStatus> tooLongBeforeTheBody(ErrorContext context) {
        if (!(context.getRequest() instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        Throwable cause = netty.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        return Optional.empty();
    }

    private static ApiError describe(HttpStatus status, ErrorContext context) {
        return switch (status) {
            case BAD_REQUEST -> isUnreadableBody(context)
                    ? new ApiError("The request body is not valid JSON", "invalid_json")
                    : new ApiError("The request is malformed", "bad_request");
            case UNAUTHORIZED -> ApiErrors.UNAUTHORIZED;
            case FORBIDDEN -> ApiErrors.FORBIDDEN;
            case NOT_FOUND -> new ApiError("Not found", "not_found");
            case METHOD_NOT_ALLOWED -> new ApiError("Method not allowed", "method_not_allowed");
            case NOT_ACCEPTABLE -> new ApiError("Only application/json is served", "not_acceptable");
            case UNSUPPORTED_MEDIA_TYPE -> ApiErrors.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> new ApiError("The request body is too large", "payload_too_large");
            case REQUEST_URI_TOO_LONG -> new ApiError("The request line is too long", "uri_too_long");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> new ApiError("The request headers are too large",
                    "headers_too_large");
            case SERVICE_UNAVAILABLE -> ApiErrors.SERVICE_UNAVAILABLE;
            default -> status.getCode() >= 500
                    ? new ApiError("Internal server error", "internal_error")
                    : new ApiError("The request could not be served", "client_error");
        };
    }

    private static boolean isUnreadableBody(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        while (cause != null) {
            if (cause instanceof SerdeException || cause.getClass().getName().contains("Json")) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
