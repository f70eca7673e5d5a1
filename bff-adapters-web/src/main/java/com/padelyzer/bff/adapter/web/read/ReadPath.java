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
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import com.padelyzer.bff.domain.permission.UserAccess;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one path of every read, top to bottom: authorize (tenancy first, before any cache is asked) → cache key →
 * lookup → compute → render → store → conditional response with its headers. Statements are counted per step,
 * so {@code query_count} in a body counts its computation, and {@code Server-Timing} this whole request.
 *
 * <p>Concurrent misses on one key share one computation (single flight, on this instance). A dashboard past its
 * TTL but within its stale time is served {@code STALE} while one background refresh replaces it (SPEC §6). An
 * answer computed from data read before an eviction of its key is served but not kept (the eviction mark).
 */
@Singleton
public final class ReadPath {

    /** How long a request waits for another request's computation of its key before computing it itself. */
    static final Duration LONGEST_WAIT_FOR_A_SHARED_COMPUTATION = Duration.ofSeconds(30);

    private final AuthorizeRequestUseCase authorize;
    private final StatementCounter statements;
    private final ResponseCachePort cache;
    private final ResponseCaching caching;
    private final CacheTtls ttls;
    private final JsonMapper json;
    private final Clock clock;
    private final Executor refresher;
    private final ConcurrentHashMap<String, CompletableFuture<Rendered>> computing = new ConcurrentHashMap<>();

    ReadPath(AuthorizeRequestUseCase authorize, StatementCounter statements, ResponseCachePort cache,
             ResponseCaching caching, CacheTtls ttls, JsonMapper json, Clock clock,
             @Named(TaskExecutors.BLOCKING) Executor refresher) {
        this.authorize = authorize;
        this.statements = statements;
        this.cache = cache;
        this.caching = caching;
        this.ttls = ttls;
        this.json = json;
        this.clock = clock;
        this.refresher = refresher;
    }

    public <T> MutableHttpResponse<?> serve(HttpRequest<?> request, Caller caller, Read<T> read) {
        // before the caller check: an answer computed from the access it found (the caller cache's, possibly read
        // just before a change evicted it) must not be kept past that change's eviction
        long mark = cache.evictionMark();
        Admission admission = admit(request, caller, read.access());
        Optional<String> declaredKey = read.key(admission.clubToday());
        Optional<String> key = declaredKey.filter(cacheable -> caching.enabled());
        if (key.isEmpty()) {
            Rendered fresh = compute(read, admission, declaredKey.orElse(null));
            return respond(request, fresh.body(), fresh.etag(), fresh.expiresAt(), "MISS",
                    admission.work().plus(fresh.work()));
        }
        Optional<CachedResponse> kept = cache.find(key.get());
        Instant now = clock.instant();
        if (kept.isPresent() && now.isBefore(kept.get().expiresAt())) {
            return respond(request, kept.get().body(), kept.get().etag(), kept.get().expiresAt(), "HIT",
                    admission.work());
        }
        if (kept.isPresent() && now.isBefore(kept.get().staleUntil())) {
            refreshInBackground(key.get(), read, admission, mark);
            return respond(request, kept.get().body(), kept.get().etag(), now, "STALE", admission.work());
        }
        Shared shared = computeOnce(key.get(), () -> computeAndKeep(key.get(), read, admission, mark));
        DatabaseWork work = shared.computedHere() ? admission.work().plus(shared.rendered().work()) : admission.work();
        return respond(request, shared.rendered().body(), shared.rendered().etag(), shared.rendered().expiresAt(),
                "MISS", work);
    }

    /**
     * Computes {@code read} for a club whose local date today is {@code clubToday} and keeps it as a miss would, for
     * the cache warm-up (whose caller was admitted as staff before). True when the answer is in the cache when this
     * returns; false when caching is off, the read is uncached, or its club vanished.
     */
    public <T> boolean warm(Read<T> read, LocalDate clubToday) {
        long mark = cache.evictionMark();
        Admission admission = new Admission(Optional.of(clubToday), Optional.empty(), DatabaseWork.NONE);
        Optional<String> key = read.key(admission.clubToday()).filter(cacheable -> caching.enabled());
        if (key.isEmpty()) {
            return false;
        }
        try {
            computeOnce(key.get(), () -> computeAndKeep(key.get(), read, admission, mark));
        } catch (ApiErrorException vanished) {
            return false;
        }
        return cache.find(key.get()).isPresent();
    }

    /** Admits the caller under {@code access} and returns what deciding it cost; 401, 403 or 404 otherwise. */
    public DatabaseWork admit(Caller caller, Access access) {
        return admit(null, caller, access).work();
    }

    /**
     * The caller check, before any data is read. On a refusal, what deciding it cost is attached to {@code request}
     * (when given) for its figures; a denied club read answers its club's 404, a denied court read its court's.
     */
    private Admission admit(HttpRequest<?> request, Caller caller, Access access) {
        AuthorizeRequestQuery query = queryOf(caller, access);
        ApiError whenDenied = access instanceof Access.CourtsClubReader ? ApiErrors.COURT_NOT_FOUND
                : ApiErrors.CLUB_NOT_FOUND;
        Measured<Authorization> decided = measured(() -> authorize.authorizeRequest(query));
        Authorization verdict = decided.value();
        DatabaseWork work = decided.work();
        boolean admittedHere = verdict instanceof Authorization.Admitted admitted
                && (!(access instanceof Access.Staff) || admitted.mayManage());
        if (!admittedHere && request != null) {
            new RequestCost("NONE", work).attachTo(request);
        }
        if (verdict instanceof Authorization.ClubDenied) {
            throw ApiErrorException.notFound(whenDenied);
        }
        if (!(verdict instanceof Authorization.Admitted admitted)) {
            throw ApiErrorException.unauthorized();
        }
        if (access instanceof Access.Staff && !admitted.mayManage()) {
            throw ApiErrorException.forbidden();
        }
        Optional<LocalDate> clubToday = admitted.clubZone().map(zone -> LocalDate.ofInstant(clock.instant(), zone));
        return new Admission(clubToday, Optional.of(admitted.access()), work);
    }

    private static AuthorizeRequestQuery queryOf(Caller caller, Access access) {
        if (access instanceof Access.ClubReader club) {
            return AuthorizeRequestQuery.forClub(caller.user(), caller.tokenId(), club.club(), club.purpose());
        }
        if (access instanceof Access.CourtsClubReader court) {
            return AuthorizeRequestQuery.forCourtsClub(caller.user(), caller.tokenId(), court.court(),
                    court.purpose());
        }
        return AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId());
    }

    /**
     * What admitting a caller established (the asked-for club's local date of today, the caller's access as the check
     * found it) and what it cost.
     */
    private record Admission(Optional<LocalDate> clubToday, Optional<UserAccess> callerAccess, DatabaseWork work) {

        Read.Admitted admitted() {
            return new Read.Admitted(clubToday, callerAccess);
        }
    }

    /** An answer rendered once: its body, strong ETag, when it was computed, until when it is fresh, its cost. */
    private record Rendered(byte[] body, String etag, Instant computedAt, Instant expiresAt, DatabaseWork work) {
    }

    /** A computation's result, and whether this request ran it (or waited for another's). */
    private record Shared(Rendered rendered, boolean computedHere) {
    }

    private <T> Rendered compute(Read<T> read, Admission admission, String key) {
        Measured<Optional<T>> computed = measured(() -> read.computeForAdmitted().apply(admission.admitted()));
        T found = computed.value().orElseThrow(read::whenEmpty);
        Instant computedAt = clock.instant();
        byte[] body = render(read.shape().apply(found, new Computation(key, computed.work().statements(),
                computedAt)));
        Duration ttl = read.cacheType() == null ? Duration.ZERO : ttls.ttlFor(read.cacheType());
        return new Rendered(body, ConditionalResponses.strongEtagOf(body), computedAt, computedAt.plus(ttl),
                computed.work());
    }

    /** {@code mark}: the eviction mark read before the caller check (see {@link #serve}). */
    private <T> Rendered computeAndKeep(String key, Read<T> read, Admission admission, long mark) {
        Rendered rendered = compute(read, admission, key);
        cache.keep(key, new CachedResponse(rendered.body(), rendered.etag(), rendered.computedAt(),
                ttls.ttlFor(read.cacheType()), read.cacheType(), ttls.staleFor(read.cacheType())), mark);
        return rendered;
    }

    /** Runs {@code computation} unless one for {@code key} is under way on this instance; then waits for that one. */
    private Shared computeOnce(String key, Supplier<Rendered> computation) {
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            Optional<Rendered> shared = awaitShared(running);
            if (shared.isPresent()) {
                return new Shared(shared.get(), false);
            }
            return new Shared(computation.get(), true);
        }
        try {
            Rendered rendered = computation.get();
            mine.complete(rendered);
            return new Shared(rendered, true);
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** The other request's result, its failure rethrown as this request's; empty when it takes too long. */
    private static Optional<Rendered> awaitShared(CompletableFuture<Rendered> running) {
        try {
            return Optional.of(running.get(LONGEST_WAIT_FOR_A_SHARED_COMPUTATION.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("a shared computation failed", failed.getCause());
        } catch (TimeoutException tooLong) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared computation", interrupted);
        }
    }

    /** One background refresh per key at a time; a failed refresh leaves the stale answer until it runs out. */
    private <T> void refreshInBackground(String key, Read<T> read, Admission admission, long mark) {
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        if (computing.putIfAbsent(key, mine) != null) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    mine.complete(computeAndKeep(key, read, admission, mark));
                } catch (RuntimeException failure) {
                    mine.completeExceptionally(failure);
                } finally {
                    computing.remove(key, mine);
                }
            });
        } catch (RejectedExecutionException busy) {
            computing.remove(key, mine);
            mine.cancel(false);
        }
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
