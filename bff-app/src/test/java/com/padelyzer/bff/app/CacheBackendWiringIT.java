package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.CacheBackend;
import com.padelyzer.bff.adapter.cache.CaffeineCacheStore;
import com.padelyzer.bff.adapter.cache.TwoLevelCacheStore;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CacheBackendWiringIT {

    private static Map<String, Object> with(Map<String, Object> settings) {
        return TestContexts.on(TestDatabase.shared(), settings);
    }

    @Test
    void caffeine_alone_without_a_redis_uri() {
        try (ApplicationContext context = ApplicationContext.run(with(Map.of()))) {
            assertThat(context.getBeansOfType(ResponseCachePort.class)).hasSize(1);
            assertThat(context.getBeansOfType(CallerCachePort.class)).hasSize(1);
            assertThat(context.getBeansOfType(EvictCachedResponsesPort.class)).hasSize(1);
            assertThat(context.getBean(ResponseCachePort.class)).isInstanceOf(CaffeineCacheStore.class)
                    .isSameAs(context.getBean(EvictCachedResponsesPort.class));
            assertThat(context.getBean(MeterRegistry.class).get("bff.cache.redis.available").gauge().value())
                    .as("no Redis configured").isZero();
        }
    }

    @Test
    void two_levels_with_a_redis_uri() {
        String namespace = "test-" + UUID.randomUUID() + ":";
        CacheBackend backend;
        try (ApplicationContext context = ApplicationContext.run(with(Map.of("bff.cache.redis.uri", "redis://127.0.0.1:6379",
                "bff.cache.redis.namespace", namespace, "bff.cache.l1.ttl", "2s")))) {
            assertThat(context.getBeansOfType(ResponseCachePort.class)).hasSize(1);
            backend = context.getBean(CacheBackend.class);
            assertThat(backend).isInstanceOf(TwoLevelCacheStore.class)
                    .isSameAs(context.getBean(CallerCachePort.class));
            assertThat(backend.redisAvailable()).isTrue();
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("bff.cache.redis.available").gauge().value()).isEqualTo(1.0);
            assertThat(meters.get("bff.cache.redis.outages").functionCounter().count()).isZero();
            assertThat(meters.get("bff.cache.lookups").tag("result", "miss").functionCounter().count()).isZero();
            backend.find("bff:availability:none");
            assertThat(meters.get("bff.cache.lookups").tag("result", "miss").functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("bff.cache.evictions").tag("origin", "heard").functionCounter()).isNotNull();
        }
        assertThat(backend.redisAvailable()).as("closed with the context").isFalse();
    }
}
