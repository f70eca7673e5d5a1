package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.domain.permission.UserAccess;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One read as a controller names it for {@link ReadPath}: which rule admits the caller, where the answer is kept
 * ({@code cacheType} and a key, both absent for an uncached read), which use case computes it, how it is shaped into
 * its response record, and what an empty answer means. Key and computation may depend on the club-local date that
 * admitting the caller established ({@link #cachedForClubToday}), the computation on the caller's access the check
 * found ({@link #cachedFromCallerAccess}).
 */
public record Read<T>(Access access, CacheType cacheType, Function<Optional<LocalDate>, String> keyForClubToday,
                      Function<Admitted, Optional<T>> computeForAdmitted,
                      BiFunction<T, Computation, ?> shape, ApiErrorException whenEmpty) {

    public Read {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(computeForAdmitted, "computeForAdmitted");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(whenEmpty, "whenEmpty");
        if ((cacheType == null) != (keyForClubToday == null)) {
            throw new IllegalArgumentException("a cached read names both its cache type and its key");
        }
    }

    /** A read whose rendered answer is kept under {@code key} for the TTL of {@code type}. */
    public static <T> Read<T> cached(Access access, CacheType type, String key, Supplier<Optional<T>> compute,
                                     BiFunction<T, Computation, ?> shape) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compute, "compute");
        return new Read<>(access, Objects.requireNonNull(type, "type"), today -> key, admitted -> compute.get(), shape,
                emptyAnswerFor(access));
    }

    /**
     * A caller read kept under {@code key}, computed from the caller's access as the check that admitted the request
     * read it (from the caller cache or its statement), so the answer costs no read of its own.
     */
    public static <T> Read<T> cachedFromCallerAccess(Access access, CacheType type, String key,
                                                     Function<UserAccess, T> compute,
                                                     BiFunction<T, Computation, ?> shape) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compute, "compute");
        return new Read<>(access, Objects.requireNonNull(type, "type"), today -> key,
                admitted -> Optional.of(compute.apply(admitted.callerAccess().orElseThrow())), shape,
                emptyAnswerFor(access));
    }

    /**
     * A club read whose key and computation hold the club-local date of today, as admitting the caller found it
     * (the dashboard: its windows end on that date, so a kept answer rolls over at the club's midnight).
     */
    public static <T> Read<T> cachedForClubToday(Access.ClubReader access, CacheType type,
                                                 Function<LocalDate, String> key,
                                                 Function<LocalDate, Optional<T>> compute,
                                                 BiFunction<T, Computation, ?> shape) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compute, "compute");
        return new Read<>(access, Objects.requireNonNull(type, "type"), today -> key.apply(today.orElseThrow()),
                admitted -> compute.apply(admitted.clubToday().orElseThrow()), shape, emptyAnswerFor(access));
    }

    /** A read computed afresh every time (the measured "before" reads, management): {@code max-age=0}. */
    public static <T> Read<T> uncached(Access access, Supplier<Optional<T>> compute, Function<T, ?> shape) {
        Objects.requireNonNull(compute, "compute");
        return new Read<>(access, null, null, admitted -> compute.get(), (value, computation) -> shape.apply(value),
                emptyAnswerFor(access));
    }

    /** The same read, answering {@code error} when the computation finds nothing. */
    public Read<T> orWhenEmpty(ApiErrorException error) {
        return new Read<>(access, cacheType, keyForClubToday, computeForAdmitted, shape, error);
    }

    /**
     * What admitting the caller established, for a computation: the asked club's local date of today (club reads),
     * and the caller's access as the check read it (absent only for the cache warm-up, which computes club reads).
     */
    public record Admitted(Optional<LocalDate> clubToday, Optional<UserAccess> callerAccess) {
    }

    Optional<String> key(Optional<LocalDate> clubToday) {
        return Optional.ofNullable(keyForClubToday).map(key -> key.apply(clubToday));
    }

    /**
     * A club (or court) that vanished between the check and the read is unknown; a caller-only read's user has
     * vanished.
     */
    private static ApiErrorException emptyAnswerFor(Access access) {
        if (access instanceof Access.CourtsClubReader) {
            return ApiErrorException.notFound(ApiErrors.COURT_NOT_FOUND);
        }
        return access instanceof Access.ClubReader ? ApiErrorException.notFound(ApiErrors.CLUB_NOT_FOUND)
                : ApiErrorException.unauthorized();
    }
}
