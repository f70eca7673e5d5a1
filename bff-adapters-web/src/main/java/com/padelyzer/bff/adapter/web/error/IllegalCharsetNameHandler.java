package com.padelyzer.bff.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.nio.charset.IllegalCharsetNameException;

/**
 * A body declared in a charset whose name is no charset name ({@code Content-Type: application/json; charset=@@}):
 * 415 like any body that is not JSON, where Micronaut would answer 500 and log a stack trace.
 */
@Singleton
final class IllegalCharsetNameHandler
        implements ExceptionHandler<IllegalCharsetNameException, MutableHttpResponse<ApiError>> {

    @Override
    public MutableHttpResponse<ApiError> handle(HttpRequest request, IllegalCharsetNameException exception) {
        return HttpResponse.<ApiError>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiErrors.UNSUPPORTED_MEDIA_TYPE)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
