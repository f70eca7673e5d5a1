package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.adapter.web.response.ConditionalResponses;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import com.padelyzer.bff.domain.club.ClubId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one path of every read, top to bottom: authorize (tenancy first, before any cache is asked) → cache key →
 * lookup → compute → render → store → conditional response with its headers. Statements are counted per step,
 * so {@code query_count} in a body counts its computation, and {@code Server-Timing} this whole request.
 */
@Singleton
public final class ReadPath {

    private final AuthorizeRequestUseCase authorize;
    private final StatementCounter statements;
    private final ResponseCachePort cache;
    private final ResponseCaching caching;
    private final CacheTtls ttls;
    private final JsonMapper json;
    private final Clock clock;

    ReadPath(AuthorizeRequestUseCase authorize, StatementCounter statements, ResponseCachePort cache,
             ResponseCaching caching, CacheTtls ttls, JsonMapper json, Clock clock) {
        this.authorize = authorize;
        this.statements = statements;
        this.cache = cache;
        this.caching = caching;
        this.ttls = ttls;
        this.json = json;
        this.clock = clock;
    }

    public <T> MutableHttpResponse<?> serve(HttpRequest<?> request, Caller caller, Read<T> read) {
        DatabaseWork admitting = admit(caller, read.access());
        Optional<String> key = read.key().filter(cacheable -> caching.enabled());
        Optional<CachedResponse> kept = key.flatMap(cache::find);
        if (kept.isPresent()) {
            return respond(request, kept.get().body(), kept.get().etag(), kept.get().expiresAt(), "HIT", admitting);
        }
        long mark = cache.evictionMark();
        Measured<Optional<T>> computed = measured(read.compute());
        DatabaseWork computing = computed.work();
        T found = computed.value().orElseThrow(read::whenEmpty);
        Instant computedAt = clock.instant();
        byte[] body = render(read.shape().apply(found,
                new Computation(read.cacheKey(), computing.statements(), computedAt)));
        String etag = ConditionalResponses.strongEtagOf(body);
        Duration ttl = read.cacheType() == null ? Duration.ZERO : ttls.ttlFor(read.cacheType());
        key.ifPresent(k -> cache.keep(k, new CachedResponse(body, etag, computedAt, ttl, read.cacheType()), mark));
        return respond(request, body, etag, computedAt.plus(ttl), "MISS", admitting.plus(computing));
    }

    /**
     * Admits the caller under {@code access} and returns what deciding it cost; 401, 403 or 404 otherwise. For
     * writes and for reads whose club is known only after loading (the legacy single check).
     */
    public DatabaseWork admit(Caller caller, Access access) {
        return admit(caller, access, ApiErrors.CLUB_NOT_FOUND);
    }

    /**
     * The legacy single check (SPEC §5.3): its court's club is known only once the court is loaded, so the caller
     * is admitted for that club after computing and before answering; an unknown court and a court of a club the
     * caller may not read get the same {@code notFound}. Uncached.
     */
    public <T> MutableHttpResponse<?> serveAfterLoading(HttpRequest<?> request, Caller caller,
                                                        Supplier<Optional<T>> compute, Function<T, ClubId> clubOf,
                                                        ClubAccessPurpose purpose, Function<T, ?> shape,
                                                        ApiError notFound) {
        Measured<Optional<T>> computed = measured(compute);
        Optional<T> value = computed.value();
        DatabaseWork computing = computed.work();
        Access access = value.map(found -> Access.club(clubOf.apply(found), purpose)).orElseGet(Access::anyCaller);
        DatabaseWork admitting = admit(caller, access, notFound);
        T found = value.orElseThrow(() -> ApiErrorException.notFound(notFound));
        byte[] body = render(shape.apply(found));
        return respond(request, body, ConditionalResponses.strongEtagOf(body), clock.instant(), "MISS",
                admitting.plus(computing));
    }

    private DatabaseWork admit(Caller caller, Access access, ApiError whenDenied) {
        AuthorizeRequestQuery query = access instanceof Access.ClubReader club
                ? AuthorizeRequestQuery.forClub(caller.user(), caller.tokenId(), club.club(), club.purpose())
                : AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId());
        Measured<Authorization> decided = measured(() -> authorize.authorizeRequest(query));
        Authorization verdict = decided.value();
        DatabaseWork work = decided.work();
        if (verdict instanceof Authorization.ClubDenied) {
            throw ApiErrorException.notFound(whenDenied);
        }
        if (!(verdict instanceof Authorization.Admitted admitted)) {
            throw ApiErrorException.unauthorized();
        }
        if (access instanceof Access.Staff && !admitted.mayManage()) {
            throw ApiErrorException.forbidden();
        }
        return work;
    }

    private MutableHttpResponse<?> respond(HttpRequest<?> request, byte[] body, String etag, Instant expiresAt,
                                           String cacheState, DatabaseWork work) {
        new RequestCost(cacheState, work).attachTo(request);
        return ConditionalResponses.serve(request, body, etag, expiresAt, clock.instant(), cacheState);
    }

    /** Runs {@code step} and counts its statements, also when it fails. */
    private <V> Measured<V> measured(Supplier<V> step) {
        statements.start();
        V value;
        try {
            value = step.get();
        } catch (RuntimeException failure) {
            statements.finish();
            throw failure;
        }
        return new Measured<>(value, statements.finish());
    }

    private record Measured<V>(V value, DatabaseWork work) {
    }

    private byte[] render(Object response) {
        try {
            return json.writeValueAsBytes(response);
        } catch (IOException unrenderable) {
            throw new UncheckedIOException("a response record could not be rendered", unrenderable);
        }
    }
}
