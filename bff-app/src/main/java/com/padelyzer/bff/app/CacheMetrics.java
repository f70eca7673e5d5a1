package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.CacheBackend;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The cache store's own counts as Micrometer meters: whether Redis answers ({@code bff.cache.redis.available}, 1 or
 * 0), how often it stopped ({@code bff.cache.redis.outages}), response lookups by where they were answered
 * ({@code bff.cache.lookups}, tag {@code result}: {@code l1}, {@code l2}, {@code miss}) and evictions
 * ({@code bff.cache.evictions}, tag {@code origin}: {@code here} or {@code heard} from another instance), and entries
 * gone by cause: time up ({@code bff.cache.evictions.expired}), byte budget ({@code bff.cache.evictions.space});
 * database events and flushes are counted where they happen ({@code bff.cache.evictions.events},
 * {@code bff.cache.evictions.flushed}). Read from the store when scraped, so they cost the requests nothing.
 */
@Singleton
final class CacheMetrics implements MeterBinder {

    private final CacheBackend backend;

    CacheMetrics(CacheBackend backend) {
        this.backend = backend;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bff.cache.redis.available", backend, store -> store.redisAvailable() ? 1 : 0)
                .description("1 while the shared level (Redis) answers, 0 while it is down or not configured")
                .register(registry);
        FunctionCounter.builder("bff.cache.redis.outages", backend, store -> store.statistics().redisOutages())
                .description("times Redis stopped answering").register(registry);
        lookups(registry, "l1", store -> store.statistics().l1Hits());
        lookups(registry, "l2", store -> store.statistics().l2Hits());
        lookups(registry, "miss", store -> store.statistics().misses());
        FunctionCounter.builder("bff.cache.evictions", backend, store -> store.statistics().evictions())
                .tag("origin", "here").description("evictions asked of this instance").register(registry);
        FunctionCounter.builder("bff.cache.evictions", backend, store -> store.statistics().evictionsHeard())
                .tag("origin", "heard").description("evictions announced by other instances").register(registry);
        FunctionCounter.builder("bff.cache.evictions.expired", backend, store -> store.statistics().expired())
                .description("answers that left the in-process level because their time was up").register(registry);
        FunctionCounter.builder("bff.cache.evictions.space", backend, store -> store.statistics().evictedForSpace())
                .description("answers dropped to keep the in-process level within its byte budget")
                .register(registry);
    }

    private void lookups(MeterRegistry registry, String result,
                         java.util.function.ToDoubleFunction<CacheBackend> count) {
        FunctionCounter.builder("bff.cache.lookups", backend, count).tag("result", result)
                .description("response lookups by where they were answered").register(registry);
    }
}
