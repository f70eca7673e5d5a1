package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Binds a controller's {@link Caller} argument from the request's verified token; 401 when it has none usable. */
@Singleton
final class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class)
                .orElseThrow(ApiErrorException::unauthorized);
        Optional<Caller> caller = Optional.of(Caller.of(authentication));
        return () -> caller;
    }
}
