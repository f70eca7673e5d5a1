package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.application.cache.CacheType;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One read as a controller names it for {@link ReadPath}: which rule admits the caller, where the answer is kept
 * ({@code cacheType}/{@code cacheKey}, both null for an uncached read), which use case computes it, how it is
 * shaped into its response record, and what an empty answer means.
 */
public record Read<T>(Access access, CacheType cacheType, String cacheKey, Supplier<Optional<T>> compute,
                      BiFunction<T, Computation, ?> shape, ApiErrorException whenEmpty) {

    public Read {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(whenEmpty, "whenEmpty");
        if ((cacheType == null) != (cacheKey == null)) {
            throw new IllegalArgumentException("a cached read names both its cache type and its key");
        }
    }

    /** A read whose rendered answer is kept under {@code key} for the TTL of {@code type}. */
    public static <T> Read<T> cached(Access access, CacheType type, String key, Supplier<Optional<T>> compute,
                                     BiFunction<T, Computation, ?> shape) {
        return new Read<>(access, Objects.requireNonNull(type, "type"), Objects.requireNonNull(key, "key"), compute,
                shape, emptyAnswerFor(access));
    }

    /** A read computed afresh every time (the measured "before" reads, management): {@code max-age=0}. */
    public static <T> Read<T> uncached(Access access, Supplier<Optional<T>> compute, Function<T, ?> shape) {
        return new Read<>(access, null, null, compute, (value, computation) -> shape.apply(value),
                emptyAnswerFor(access));
    }

    /** The same read, answering {@code error} when the computation finds nothing. */
    public Read<T> orWhenEmpty(ApiErrorException error) {
        return new Read<>(access, cacheType, cacheKey, compute, shape, error);
    }

    Optional<String> key() {
        return Optional.ofNullable(cacheKey);
    }

    /** A club that vanished between the check and the read is unknown; a caller-only read's user has vanished. */
    private static ApiErrorException emptyAnswerFor(Access access) {
        return access instanceof Access.ClubReader ? ApiErrorException.notFound(ApiErrors.CLUB_NOT_FOUND)
                : ApiErrorException.unauthorized();
    }
}
