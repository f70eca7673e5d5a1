package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.CacheStatusReport.TypeStatus;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase.GetCacheStatusQuery;
import com.padelyzer.bff.application.port.out.CacheStoreStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GetCacheStatusServiceTest {

    @Test
    void lists_every_type_with_its_prefix_ttl_and_entries_in_both_levels() {
        CacheStoreStatus store = new CacheStoreStatus("caffeine", Optional.of("redis"), true,
                Map.of(CacheType.AVAILABILITY, 3L), Optional.of(Map.of(CacheType.AVAILABILITY, 5L)), 6, 2, 2);

        CacheStatusReport report = new GetCacheStatusService(() -> store, CacheTtls.defaults())
                .getCacheStatus(new GetCacheStatusQuery());

        assertThat(report.types()).extracting(TypeStatus::type).containsExactly(CacheType.values());
        assertThat(report.types().get(0)).isEqualTo(new TypeStatus(CacheType.AVAILABILITY, "bff:availability:",
                Duration.ofSeconds(60), Duration.ZERO, 3, Optional.of(5L)));
        assertThat(report.types().get(1)).isEqualTo(new TypeStatus(CacheType.DASHBOARD_ANALYTICS, "bff:dashboard:",
                Duration.ofSeconds(300), Duration.ofSeconds(30), 0, Optional.of(0L)));
        assertThat(report.hitRate()).isEqualTo(0.8);
        assertThat(report.redisConfigured()).isTrue();
    }

    @Test
    void without_a_shared_level_reports_no_redis_entries_and_no_hit_rate_before_the_first_lookup() {
        CacheStoreStatus store = new CacheStoreStatus("caffeine", Optional.empty(), false, Map.of(), Optional.empty(),
                0, 0, 0);

        CacheStatusReport report = new GetCacheStatusService(() -> store, CacheTtls.defaults())
                .getCacheStatus(new GetCacheStatusQuery());

        assertThat(report.types()).allSatisfy(type -> assertThat(type.l2Entries()).isEmpty());
        assertThat(report.hitRate()).isZero();
        assertThat(report.redisConfigured()).isFalse();
    }
}
