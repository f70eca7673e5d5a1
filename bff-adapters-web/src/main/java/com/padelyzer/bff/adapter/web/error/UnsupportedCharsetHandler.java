package com.padelyzer.bff.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.nio.charset.UnsupportedCharsetException;

/**
 * A body declared in a charset this JVM does not know ({@code Content-Type: application/json; charset=nonsense}):
 * 415 like any body that is not JSON, where Micronaut would answer 500 and log a stack trace.
 */
@Singleton
final class UnsupportedCharsetHandler
        implements ExceptionHandler<UnsupportedCharsetException, MutableHttpResponse<ApiError>> {

    @Override
    public MutableHttpResponse<ApiError> handle(HttpRequest request, UnsupportedCharsetException exception) {
        return HttpResponse.<ApiError>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiErrors.UNSUPPORTED_MEDIA_TYPE)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
