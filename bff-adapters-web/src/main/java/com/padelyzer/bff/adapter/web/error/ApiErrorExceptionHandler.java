package com.padelyzer.bff.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a refused request with the status and body it names. */
@Singleton
final class ApiErrorExceptionHandler implements ExceptionHandler<ApiErrorException, MutableHttpResponse<ApiError>> {

    @Override
    public MutableHttpResponse<ApiError> handle(HttpRequest request, ApiErrorException exception) {
        return HttpResponse.<ApiError>status(exception.status())
                .body(exception.body())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
