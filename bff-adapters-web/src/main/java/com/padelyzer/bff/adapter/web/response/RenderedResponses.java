package com.padelyzer.bff.adapter.web.response;

import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.out.DatabaseWork;
import com.padelyzer.bff.application.port.out.MeasureDatabaseWorkPort;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The cache seam: the one place where an answer is computed, shaped into its response record and rendered to
 * JSON bytes. {@link #cached} is where the response cache plugs in (look the key up, serve the stored bytes as a
 * hit, else compute once and store); controllers pass the key and the two steps and never learn which happened.
 * Today every call computes (a miss). The computation's statements are measured on their own, so
 * {@code query_count} in a body counts the computation only.
 */
@Singleton
public final class RenderedResponses {

    private final JsonMapper json;
    private final MeasureDatabaseWorkPort measure;
    private final CacheTtls ttls;
    private final Clock clock;

    RenderedResponses(JsonMapper json, MeasureDatabaseWorkPort measure, CacheTtls ttls, Clock clock) {
        this.json = json;
        this.measure = measure;
        this.ttls = ttls;
        this.clock = clock;
    }

    /**
     * The answer kept under {@code key} for the TTL of {@code type}: {@code compute} loads it (empty: nothing to
     * answer, nothing kept), {@code shape} turns it and its {@link Computation} into the response record.
     */
    public <T> Optional<Rendering> cached(String key, CacheType type, Supplier<Optional<T>> compute,
                                          BiFunction<T, Computation, ?> shape) {
        return computeAndRender(key, ttls.ttlFor(type), compute, shape);
    }

    /** An answer that is never kept (the measured "before" reads): {@code Cache-Control: private, max-age=0}. */
    public <T> Optional<Rendering> uncached(Supplier<Optional<T>> compute, Function<T, ?> shape) {
        return computeAndRender(null, Duration.ZERO, compute, (value, computation) -> shape.apply(value));
    }

    private <T> Optional<Rendering> computeAndRender(String key, Duration ttl, Supplier<Optional<T>> compute,
                                                     BiFunction<T, Computation, ?> shape) {
        Optional<T> value;
        DatabaseWork work;
        measure.startMeasuring();
        try {
            value = compute.get();
        } finally {
            work = measure.finishMeasuring();
        }
        Instant computedAt = clock.instant();
        Computation computation = new Computation(key, work.statements(), computedAt);
        DatabaseWork spent = work;
        return value.map(found -> new Rendering(
                RenderedResponse.of(render(shape.apply(found, computation)), computedAt.plus(ttl)), false, spent));
    }

    private byte[] render(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException unrenderable) {
            throw new UncheckedIOException("a response record could not be rendered", unrenderable);
        }
    }
}
