package com.padelyzer.bff.adapter.web.error;

import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store out of reach (the database is down): 503 with {@code Retry-After: 5}. The exception's message and cause
 * go to the log only, never into the body.
 */
@Singleton
final class StoreUnavailableHandler
        implements ExceptionHandler<StoreUnavailableException, MutableHttpResponse<ApiError>> {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableHandler.class);

    @Override
    public MutableHttpResponse<ApiError> handle(HttpRequest request, StoreUnavailableException exception) {
        LOG.warn("Store unavailable while serving {} {}: {}", request.getMethod(), request.getPath(),
                exception.getMessage());
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiErrors.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
