package com.padelyzer.bff.adapter.web.response;

import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.out.DatabaseWork;
import com.padelyzer.bff.application.port.out.MeasureDatabaseWorkPort;
import com.padelyzer.bff.adapter.web.request.Caller;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request path of every read after its parameters are parsed: authorize (measured; 401 or 404 before any
 * cache is asked), render through {@link RenderedResponses}, then serve with this request's own
 * {@code Server-Timing}: the statements of the authorization and of the computation, if one ran.
 */
@Singleton
public final class AdmittedReads {

    private final AuthorizeRequestUseCase authorize;
    private final MeasureDatabaseWorkPort measure;
    private final Clock clock;
    private final RenderedResponses rendered;

    AdmittedReads(AuthorizeRequestUseCase authorize, MeasureDatabaseWorkPort measure, Clock clock,
                  RenderedResponses rendered) {
        this.authorize = authorize;
        this.measure = measure;
        this.clock = clock;
        this.rendered = rendered;
    }

    /** A caller admitted by {@code query}, and what deciding it cost; 401 or 404 {@code whenDenied} otherwise. */
    public Admission admit(AuthorizeRequestQuery query, ApiError whenDenied) {
        Authorization verdict;
        DatabaseWork work;
        measure.startMeasuring();
        try {
            verdict = authorize.authorizeRequest(query);
        } finally {
            work = measure.finishMeasuring();
        }
        if (verdict instanceof Authorization.Admitted admitted) {
            return new Admission(admitted, work);
        }
        if (verdict instanceof Authorization.ClubDenied) {
            throw ApiErrorException.notFound(whenDenied);
        }
        throw ApiErrorException.unauthorized();
    }

    /** Admits, renders, serves; {@code whenEmpty} when the computation finds nothing to answer. */
    public MutableHttpResponse<?> serve(HttpRequest<?> request, long startedNanos, AuthorizeRequestQuery query,
                                        ApiErrorException whenEmpty,
                                        Function<Authorization.Admitted, Optional<Rendering>> render) {
        Admission admission = admit(query, whenEmpty.body());
        Rendering rendering = render.apply(admission.admitted()).orElseThrow(() -> whenEmpty);
        return respond(request, startedNanos, rendering, admission.work());
    }

    /**
     * A read about the caller alone, uncached (the measured "before" reads): admits the token's user, computes for
     * them, renders {@code shape} of the answer; 401 when the caller is not admitted or the answer is empty.
     */
    public <T> MutableHttpResponse<?> serveCallerRead(HttpRequest<?> request, Authentication authentication,
                                                      Function<UserId, Optional<T>> compute, Function<T, ?> shape) {
        long started = System.nanoTime();
        Caller caller = Caller.of(authentication);
        return serve(request, started, AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()),
                ApiErrorException.unauthorized(),
                admitted -> rendered.uncached(() -> compute.apply(caller.user()), shape));
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, long startedNanos, Rendering rendering,
                                          DatabaseWork otherWork) {
        ServerTiming timing = new ServerTiming(rendering.hit(),
                otherWork.statements() + rendering.work().statements(),
                otherWork.nanos() + rendering.work().nanos(), System.nanoTime() - startedNanos);
        return ConditionalResponses.serve(request, rendering.response(), clock.instant(), timing);
    }

    /** An admitted caller and the database work of admitting them. */
    public record Admission(Authorization.Admitted admitted, DatabaseWork work) {
    }
}
