package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stores sharing the machine's Redis are two servers of one deployment. Each test run has its own key namespace
 * ({@code test-<random>:}) on that Redis and removes its keys at the end. {@code BFF_TEST_REDIS_URI} names another
 * server.
 */
class TwoLevelCacheStoreIT {

    private static final String REDIS = System.getenv().getOrDefault("BFF_TEST_REDIS_URI", "redis://127.0.0.1:6379");
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(1);

    private final String namespace = "test-" + UUID.randomUUID() + ":";
    private final RedisInspector redis = new RedisInspector(REDIS);
    private final TwoLevelCacheStore a = store(Duration.ofSeconds(5));
    private final TwoLevelCacheStore b = store(Duration.ofSeconds(5));

    private TwoLevelCacheStore store(Duration l1Ttl) {
        return new TwoLevelCacheStore(new RedisSettings(REDIS, namespace, Duration.ofMillis(250), Duration.ofSeconds(1)),
                new L1Capacity(1_000_000), l1Ttl, Clock.systemUTC());
    }

    private static CachedResponse response(String body, Duration ttl) {
        return new CachedResponse(body.getBytes(), "\"" + body + "\"", Instant.now(), ttl, CacheType.AVAILABILITY);
    }

    @AfterEach
    void remove_the_runs_keys() {
        a.close();
        b.close();
        redis.deleteKeysStartingWith(namespace);
        assertThat(redis.keysStartingWith(namespace)).isEmpty();
        redis.close();
    }

    @Test
    void an_entry_kept_by_one_instance_is_found_by_another_and_then_served_from_its_l1() {
        CachedResponse kept = response("court-1", Duration.ofSeconds(60));
        assertThat(a.keep("bff:availability:c1:2026-11-25:all:60", kept, a.evictionMark())).isTrue();

        assertThat(b.find("bff:availability:c1:2026-11-25:all:60")).contains(kept);
        assertThat(b.find("bff:availability:c1:2026-11-25:all:60")).contains(kept);
        assertThat(b.find("bff:availability:c1:2026-11-25:none:60")).isEmpty();

        assertThat(b.statistics()).isEqualTo(new CacheStatistics(1, 1, 1, 0, 0, 0));
    }

    @Test
    void an_entry_comes_from_redis_again_once_its_l1_life_is_over() throws InterruptedException {
        try (TwoLevelCacheStore shortLived = store(Duration.ofMillis(200))) {
            CachedResponse kept = response("court-1", Duration.ofSeconds(60));
            shortLived.keep("bff:dashboard:c1:month:abc", kept, shortLived.evictionMark());
            assertThat(shortLived.find("bff:dashboard:c1:month:abc")).contains(kept);

            Thread.sleep(300);

            assertThat(shortLived.find("bff:dashboard:c1:month:abc")).contains(kept);
            assertThat(shortLived.statistics().l1Hits()).isEqualTo(1);
            assertThat(shortLived.statistics().l2Hits()).isEqualTo(1);
        }
    }

    @Test
    void every_key_written_starts_with_the_namespace_and_expires_with_the_entry() {
        a.keep("bff:availability:c1:2026-11-25:all:60", response("x", Duration.ofSeconds(60)), a.evictionMark());
        a.keep("bff:dashboard:c1:month:abc", response("y", Duration.ofSeconds(300)), a.evictionMark());
        a.keep("bff:permissions:7:global", "a caller check value", Duration.ofSeconds(600), a.evictionMark());
        a.keep("bff:dashboard:c2:month:abc", new CachedResponse(new byte[1], "\"e\"", Instant.now(),
                Duration.ofSeconds(300), CacheType.DASHBOARD_ANALYTICS, Duration.ofSeconds(30)), a.evictionMark());

        assertThat(redis.keysStartingWith(namespace)).containsExactlyInAnyOrder(
                namespace + "bff:availability:c1:2026-11-25:all:60", namespace + "bff:dashboard:c1:month:abc",
                namespace + "bff:dashboard:c2:month:abc");
        assertThat(redis.commands().pttl(namespace + "bff:dashboard:c2:month:abc")).as("TTL and stale time")
                .isBetween(325_000L, 330_000L);
        assertThat(redis.commands().pttl(namespace + "bff:availability:c1:2026-11-25:all:60")).isBetween(55_000L, 60_000L);
        assertThat(redis.commands().pttl(namespace + "bff:dashboard:c1:month:abc")).isBetween(295_000L, 300_000L);
    }

    @Test
    void an_entry_that_may_be_served_stale_is_found_by_another_instance_past_its_ttl() {
        CachedResponse stale = new CachedResponse(new byte[1], "\"e\"", Instant.now().minusSeconds(310),
                Duration.ofSeconds(300), CacheType.DASHBOARD_ANALYTICS, Duration.ofSeconds(30));

        assertThat(a.keep("bff:dashboard:c1:month:abc", stale, a.evictionMark())).isTrue();

        assertThat(b.find("bff:dashboard:c1:month:abc")).contains(stale);
        assertThat(redis.commands().pttl(namespace + "bff:dashboard:c1:month:abc")).isBetween(15_000L, 20_000L);
    }

    @Test
    void an_entry_past_its_ttl_is_neither_kept_nor_written() {
        CachedResponse old = new CachedResponse(new byte[1], "\"e\"", Instant.now().minusSeconds(61),
                Duration.ofSeconds(60), CacheType.AVAILABILITY);

        assertThat(a.keep("bff:availability:c1:2026-11-25:all:60", old, a.evictionMark())).isFalse();
        assertThat(redis.keysStartingWith(namespace)).isEmpty();
    }

    @Test
    void an_eviction_by_key_reaches_the_l1_of_the_other_instance_within_a_second() throws InterruptedException {
        String key = "bff:auth:context:42:abc";
        b.keep(key, response("context", Duration.ofSeconds(60)), b.evictionMark());
        b.keep(key, "caller check value", Duration.ofSeconds(60), b.evictionMark());

        assertThat(a.evict(key)).as("present in Redis").isTrue();

        Eventually.within(HEARD_WITHIN, () -> b.find(key, String.class).isEmpty(), "B's L1 value evicted");
        assertThat(b.find(key)).isEmpty();
        assertThat(redis.keysStartingWith(namespace)).isEmpty();
        assertThat(b.statistics().evictionsHeard()).isEqualTo(1);
        assertThat(a.statistics().evictionsHeard()).as("its own announcement is not heard as another's").isZero();
    }

    @Test
    void an_eviction_by_pattern_removes_exactly_its_keys_everywhere() throws InterruptedException {
        for (String key : new String[] {"bff:availability:c1:2026-11-25:all:60", "bff:availability:c1:2026-11-25:x:90"}) {
            b.keep(key, response(key, Duration.ofSeconds(60)), b.evictionMark());
            b.keep(key, "value", Duration.ofSeconds(60), b.evictionMark());
        }
        b.keep("bff:availability:c2:2026-11-25:all:60", response("c2", Duration.ofSeconds(60)), b.evictionMark());

        assertThat(a.evictMatching(new KeyPattern("bff:availability:c1:2026-11-25:"))).isEqualTo(2);

        // B's listener removes the pattern's keys one after the other: wait for all of them, not the first seen
        Eventually.within(HEARD_WITHIN, () -> b.find("bff:availability:c1:2026-11-25:x:90", String.class).isEmpty()
                        && b.find("bff:availability:c1:2026-11-25:all:60", String.class).isEmpty()
                        && b.find("bff:availability:c1:2026-11-25:x:90").isEmpty()
                        && b.find("bff:availability:c1:2026-11-25:all:60").isEmpty(),
                "B's L1 values and responses of the pattern evicted");
        assertThat(b.find("bff:availability:c2:2026-11-25:all:60")).isPresent();
        assertThat(redis.keysStartingWith(namespace)).containsExactly(namespace + "bff:availability:c2:2026-11-25:all:60");
    }

    @Test
    void evict_all_empties_both_levels_of_every_instance() throws InterruptedException {
        b.keep("bff:dashboard:c1:month:abc", response("d", Duration.ofSeconds(300)), b.evictionMark());
        b.keep("bff:permissions:7:global", "value", Duration.ofSeconds(600), b.evictionMark());

        a.evictAll();

        Eventually.within(HEARD_WITHIN, () -> b.find("bff:permissions:7:global", String.class).isEmpty(),
                "B's L1 emptied");
        assertThat(b.find("bff:dashboard:c1:month:abc")).isEmpty();
        assertThat(redis.keysStartingWith(namespace)).isEmpty();
    }

    @Test
    void an_answer_computed_before_another_instance_evicted_its_key_is_refused() throws InterruptedException {
        String key = "bff:availability:c1:2026-11-25:all:60";
        long markBeforeComputing = b.evictionMark();

        a.evictMatching(new KeyPattern("bff:availability:c1:"));
        Eventually.within(HEARD_WITHIN, () -> b.statistics().evictionsHeard() == 1, "B heard of the eviction");

        assertThat(b.keep(key, response("stale", Duration.ofSeconds(60)), markBeforeComputing)).isFalse();
        assertThat(b.keep(key, "stale", Duration.ofSeconds(60), markBeforeComputing)).isFalse();
        assertThat(b.find(key)).isEmpty();
        assertThat(a.find(key)).as("nothing reached Redis").isEmpty();
        assertThat(b.keep(key, response("fresh", Duration.ofSeconds(60)), b.evictionMark())).isTrue();
        assertThat(a.find(key)).isPresent();
    }

    @Test
    void an_answer_that_reached_redis_just_after_an_eviction_of_another_instance_goes_again_a_second_later()
            throws InterruptedException {
        String key = "bff:availability:c1:2026-11-25:all:60";
        a.evictMatching(new KeyPattern("bff:availability:c1:"));
        // B's answer computed before the change lands after A's removal, as if B had not heard yet
        redis.commands().set(namespace + key, "stale");

        Eventually.within(TwoLevelCacheStore.REPEAT_EVICTION_AFTER.plusSeconds(1),
                () -> redis.commands().exists(namespace + key) == 0, "the repeated removal");
    }

    @Test
    void reports_entries_per_type_in_its_l1_and_in_redis_and_its_lookups_by_level() {
        a.keep("bff:availability:c1:2026-11-25:all:60", response("one", Duration.ofSeconds(60)), a.evictionMark());
        a.keep("bff:dashboard:c1:month:abc", response("two", Duration.ofSeconds(60)), a.evictionMark());
        b.keep("bff:availability:c2:2026-11-25:all:60", response("three", Duration.ofSeconds(60)), b.evictionMark());
        b.keep("bff:permissions:7:global", "access", Duration.ofSeconds(60), b.evictionMark());
        a.find("bff:availability:c1:2026-11-25:all:60");
        a.find("bff:availability:c2:2026-11-25:all:60");
        a.find("bff:availability:c9:2026-11-25:all:60");

        var status = a.loadCacheStatus();

        assertThat(status.l1Backend()).isEqualTo("caffeine");
        assertThat(status.l2Backend()).contains("redis");
        assertThat(status.redisAvailable()).isTrue();
        assertThat(status.l1Entries()).isEqualTo(java.util.Map.of(CacheType.AVAILABILITY, 2L,
                CacheType.DASHBOARD_ANALYTICS, 1L));
        assertThat(status.l2Entries()).contains(java.util.Map.of(CacheType.AVAILABILITY, 2L,
                CacheType.DASHBOARD_ANALYTICS, 1L));
        assertThat(java.util.List.of(status.l1Hits(), status.l2Hits(), status.misses())).containsExactly(1L, 1L, 1L);
    }
}
