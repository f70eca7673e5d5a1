package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CacheStoreStatus;
import com.padelyzer.bff.application.port.out.CachedResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CaffeineCacheStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CaffeineCacheStore store = new CaffeineCacheStore(10_000, nanos::get);

    private static CachedResponse entry(int bytes, Duration ttl) {
        return new CachedResponse(new byte[bytes], "\"etag\"", Instant.parse("2026-11-25T10:00:00Z"), ttl, CacheType.AVAILABILITY);
    }

    @Test
    void serves_an_entry_until_its_own_ttl_has_passed() {
        store.keep("bff:availability:a", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:dashboard:a", entry(10, Duration.ofSeconds(300)), store.evictionMark());

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(store.find("bff:availability:a")).isEmpty();
        assertThat(store.find("bff:dashboard:a")).isPresent();
    }

    @Test
    void evicts_exactly_the_keys_of_a_pattern_and_counts_them() {
        store.keep("bff:availability:club1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:availability:club1:2026-11-25:abc:90", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:availability:club2:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), store.evictionMark());

        long removed = store.evictMatching(new KeyPattern("bff:availability:club1:2026-11-25:"));

        assertThat(removed).isEqualTo(2);
        assertThat(store.find("bff:availability:club2:2026-11-25:all:60")).isPresent();
        assertThat(store.evict("bff:availability:club2:2026-11-25:all:60")).isTrue();
        assertThat(store.evict("bff:availability:club2:2026-11-25:all:60")).isFalse();
    }

    @Test
    void evict_all_removes_every_entry_of_the_service() {
        store.keep("bff:auth:context:1:x", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:permissions:1:global", entry(10, Duration.ofSeconds(60)), store.evictionMark());

        assertThat(store.evictAll()).isEqualTo(2);
        assertThat(store.find("bff:auth:context:1:x")).isEmpty();
    }

    @Test
    void stays_within_its_byte_budget_by_dropping_entries() {
        for (int i = 0; i < 100; i++) {
            store.keep("bff:dashboard:" + i, entry(1_000, Duration.ofSeconds(300)), store.evictionMark());
        }

        long present = java.util.stream.IntStream.range(0, 100)
                .filter(i -> store.find("bff:dashboard:" + i).isPresent()).count();
        assertThat(present).isLessThanOrEqualTo(10);
    }

    @Test
    void refuses_an_answer_computed_before_an_eviction_of_its_key() {
        long mark = store.evictionMark();
        store.evictMatching(new KeyPattern("bff:availability:club1:2026-11-25:"));

        assertThat(store.keep("bff:availability:club1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), mark))
                .isFalse();
        assertThat(store.find("bff:availability:club1:2026-11-25:all:60")).isEmpty();
        assertThat(store.keep("bff:availability:club2:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), mark))
                .as("an eviction of another club does not refuse this one").isTrue();
        assertThat(store.keep("bff:availability:club1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)),
                store.evictionMark())).as("computed after the eviction").isTrue();
    }

    @Test
    void refuses_every_answer_whose_mark_the_bounded_log_no_longer_covers() {
        long mark = store.evictionMark();
        for (int i = 0; i <= CaffeineCacheStore.EVICTIONS_REMEMBERED; i++) {
            store.evict("bff:dashboard:other" + i);
        }

        assertThat(store.keep("bff:availability:club1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), mark))
                .isFalse();
    }

    @Test
    void keeps_the_caller_checks_values_beside_the_responses_and_evicts_them_with_the_same_patterns() {
        store.keep("bff:permissions:42:global", "access of 42", Duration.ofSeconds(600), store.evictionMark());
        store.keep("bff:permissions:43:global", "access of 43", Duration.ofSeconds(600), store.evictionMark());

        assertThat(store.find("bff:permissions:42:global", String.class)).contains("access of 42");
        assertThat(store.find("bff:permissions:42:global", Integer.class)).isEmpty();
        assertThat(store.evictMatching(new KeyPattern("bff:permissions:42:"))).isEqualTo(1);
        assertThat(store.find("bff:permissions:42:global", String.class)).isEmpty();
        assertThat(store.find("bff:permissions:43:global", String.class)).isPresent();
        nanos.addAndGet(Duration.ofSeconds(601).toNanos());
        assertThat(store.find("bff:permissions:43:global", String.class)).isEmpty();
    }

    @Test
    void counts_hits_misses_and_evictions_for_metrics() {
        store.keep("bff:dashboard:a", entry(10, Duration.ofSeconds(300)), store.evictionMark());

        store.find("bff:dashboard:a");
        store.find("bff:dashboard:b");
        store.evict("bff:dashboard:a");
        store.evictAll();

        assertThat(store.statistics()).isEqualTo(new CacheStatistics(1, 0, 1, 2, 0, 0));
        assertThat(store.redisAvailable()).isFalse();
    }

    @Test
    void a_kept_again_entry_lives_from_its_last_keep() {
        store.keep("bff:dashboard:a", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        nanos.addAndGet(Duration.ofSeconds(50).toNanos());
        store.keep("bff:dashboard:a", entry(10, Duration.ofSeconds(60)), store.evictionMark());

        nanos.addAndGet(Duration.ofSeconds(50).toNanos());

        assertThat(store.find("bff:dashboard:a")).isPresent();
    }

    @Test
    void keeps_an_entry_that_may_be_served_stale_until_its_stale_time_is_over() {
        CachedResponse dashboard = new CachedResponse(new byte[10], "\"e\"", Instant.parse("2026-11-25T10:00:00Z"),
                Duration.ofSeconds(300), CacheType.DASHBOARD_ANALYTICS, Duration.ofSeconds(30));
        store.keep("bff:dashboard:a", dashboard, store.evictionMark());

        nanos.addAndGet(Duration.ofSeconds(320).toNanos());
        assertThat(store.find("bff:dashboard:a")).contains(dashboard);
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(store.find("bff:dashboard:a")).isEmpty();
    }

    @Test
    void reports_its_entries_per_type_caller_check_values_included_and_its_lookups() {
        store.keep("bff:availability:c1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:availability:c2:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:auth:context:7:abc", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        store.keep("bff:permissions:7:global", "access", Duration.ofSeconds(60), store.evictionMark());
        store.keep("bff:club:c1:tenancy", "tenancy", Duration.ofSeconds(60), store.evictionMark());
        store.find("bff:availability:c1:2026-11-25:all:60");
        store.find("bff:availability:c3:2026-11-25:all:60");

        assertThat(store.loadCacheStatus()).isEqualTo(new CacheStoreStatus("caffeine", Optional.empty(), false,
                Map.of(CacheType.AVAILABILITY, 2L, CacheType.AUTH_CONTEXT, 1L, CacheType.USER_PERMISSIONS, 1L,
                        CacheType.CLUB_DATA, 1L), Optional.empty(), 1, 0, 1));
    }

    @Test
    void does_not_count_an_entry_past_its_ttl() {
        store.keep("bff:availability:c1:2026-11-25:all:60", entry(10, Duration.ofSeconds(60)), store.evictionMark());

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(store.loadCacheStatus().l1Entries()).isEmpty();
    }

    @Test
    void counts_the_responses_that_ran_out_of_time_apart_from_those_dropped_for_space() {
        store.keep("bff:availability:a", entry(10, Duration.ofSeconds(60)), store.evictionMark());
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        store.find("bff:availability:a");
        store.cleanUp();
        for (int i = 0; i < 30; i++) {
            store.keep("bff:dashboard:" + i, entry(1_000, Duration.ofSeconds(300)), store.evictionMark());
        }
        store.cleanUp();

        assertThat(store.statistics().expired()).isEqualTo(1);
        assertThat(store.statistics().evictedForSpace()).isPositive();
    }
}
