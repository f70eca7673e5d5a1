package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.adapter.cache.testsupport.RedisServerProcess;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis that dies, stalls and comes back: a redis-server of the test's own (nothing else talks to it, so its command
 * counts are ours). Calls are timed as a liveness check (each well under a second), not as a benchmark.
 */
class RedisOutageIT {

    private static final Duration TIMEOUT = Duration.ofMillis(250);
    private static final Duration BACK_OFF = Duration.ofMillis(500);
    private static final Duration LIVELY = Duration.ofSeconds(1);
    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(10);

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger linkLogger = (Logger) LoggerFactory.getLogger(RedisLink.class);
    private RedisServerProcess server;
    private TwoLevelCacheStore a;
    private TwoLevelCacheStore b;
    private long slowestCallNanos;

    @BeforeEach
    void start_a_server_and_two_stores() throws IOException {
        log.start();
        linkLogger.addAppender(log);
        server = RedisServerProcess.start();
        a = store();
        b = store();
    }

    @AfterEach
    void stop_them() throws Exception {
        a.close();
        b.close();
        server.close();
        linkLogger.detachAppender(log);
        System.out.printf("RedisOutageIT: slowest store call while Redis was down or stalled: %d ms%n",
                slowestCallNanos / 1_000_000);
    }

    private TwoLevelCacheStore store() {
        return new TwoLevelCacheStore(new RedisSettings(server.uri(), "", TIMEOUT, BACK_OFF), new L1Capacity(1_000_000),
                Duration.ofSeconds(5), Clock.systemUTC());
    }

    private static CachedResponse response(String body) {
        return new CachedResponse(body.getBytes(), "\"" + body + "\"", Instant.now(), Duration.ofSeconds(60),
                CacheType.AVAILABILITY);
    }

    private <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        long took = System.nanoTime() - start;
        slowestCallNanos = Math.max(slowestCallNanos, took);
        assertThat(Duration.ofNanos(took)).as("a store call while Redis is away").isLessThan(LIVELY);
        return result;
    }

    private List<ILoggingEvent> logged(Level level) {
        return log.list.stream().filter(event -> event.getLevel() == level).toList();
    }

    @Test
    void evicting_by_pattern_and_flushing_scan_and_never_send_keys() {
        RedisInspector redis = new RedisInspector(server.uri());
        for (int i = 0; i < 1_200; i++) {
            a.keep("bff:availability:c1:2026-11-25:" + i + ":60", response("x"), a.evictionMark());
        }
        a.keep("bff:dashboard:c1:month:abc", response("d"), a.evictionMark());
        long keysBefore = redis.callsOf("keys");
        long scansBefore = redis.callsOf("scan");

        assertThat(a.evictMatching(new KeyPattern("bff:availability:c1:"))).isEqualTo(1_200);
        a.evictAll();

        assertThat(redis.callsOf("keys")).isEqualTo(keysBefore).isZero();
        assertThat(redis.callsOf("scan") - scansBefore).as("pages of 500 or so").isGreaterThanOrEqualTo(3);
        assertThat(redis.keysStartingWith("bff:")).isEmpty();
        redis.close();
    }

    @Test
    void serves_from_l1_while_redis_is_down_warns_once_and_comes_back_by_itself() throws Exception {
        String kept = "bff:availability:c1:2026-11-25:all:60";
        a.keep(kept, response("before"), a.evictionMark());
        b.keep("bff:permissions:7:global", "value", Duration.ofSeconds(60), b.evictionMark());

        server.kill();

        long outageStart = System.nanoTime();
        while (System.nanoTime() - outageStart < Duration.ofSeconds(2).toNanos()) {
            assertThat(timed(() -> a.find(kept))).as("from L1").isPresent();
            assertThat(timed(() -> a.find("bff:availability:c1:2026-11-26:all:60"))).isEmpty();
            assertThat(timed(() -> a.keep("bff:dashboard:c1:month:abc", response("during"), a.evictionMark()))).isTrue();
            assertThat(timed(() -> a.find("bff:dashboard:c1:month:abc"))).as("kept in L1").isPresent();
            timed(() -> a.evict("bff:dashboard:c2:month:abc"));
            timed(() -> a.evictMatching(new KeyPattern("bff:availability:c3:")));
            Thread.sleep(20);
        }
        assertThat(a.redisAvailable()).isFalse();
        assertThat(logged(Level.WARN)).as("one per store: A by a failed call, B by its closed connections")
                .hasSize(2).allSatisfy(warning -> {
            assertThat(warning.getFormattedMessage()).startsWith("Redis unreachable at redis://127.0.0.1:")
                    .contains("serving from L1 and the database");
        });
        assertThat(a.statistics().redisOutages()).isEqualTo(1);
        assertThat(b.redisAvailable()).isFalse();

        server.startAgain();

        Duration recovery = Eventually.within(RECOVERS_WITHIN, a::redisAvailable, "A uses Redis again");
        System.out.printf("RedisOutageIT: Redis back, store available again after %d ms%n", recovery.toMillis());
        assertThat(logged(Level.INFO)).anySatisfy(info -> assertThat(info.getFormattedMessage())
                .startsWith("Redis at redis://127.0.0.1:").contains("answers again"));
        assertThat(logged(Level.WARN)).as("still one warning per store and outage").hasSize(2);
        Eventually.within(RECOVERS_WITHIN, b::redisAvailable, "B uses Redis again");

        a.keep("bff:dashboard:c1:month:new", response("after"), a.evictionMark());
        assertThat(b.find("bff:dashboard:c1:month:new")).as("shared again").isPresent();
        a.evict("bff:permissions:7:global");
        Eventually.within(Duration.ofSeconds(1), () -> b.find("bff:permissions:7:global", String.class).isEmpty(),
                "the subscription of B survived the restart");
    }

    @Test
    void keys_written_before_an_outage_are_flushed_before_redis_is_used_again() throws Exception {
        String before = "bff:availability:c1:2026-11-25:all:60";
        a.keep(before, response("before"), a.evictionMark());
        RedisInspector redis = new RedisInspector(server.uri());
        redis.commands().set("other-service:key", "stays");

        // a stall, not a crash: the keys stay in Redis, and every command waits past the time-out
        redis.commands().clientPause(1_500);
        assertThat(timed(() -> a.find("bff:availability:c1:2026-11-26:all:60"))).isEmpty();
        assertThat(a.redisAvailable()).isFalse();
        timed(() -> a.evict(before));
        assertThat(timed(() -> a.find(before))).isEmpty();

        Eventually.within(RECOVERS_WITHIN, a::redisAvailable, "A uses Redis again");

        assertThat(redis.keysStartingWith("bff:")).as("flushed: the eviction during the stall did not reach Redis")
                .isEmpty();
        assertThat(redis.commands().get("other-service:key")).as("only this service's keys go").isEqualTo("stays");
        assertThat(b.find(before)).isEmpty();
        redis.close();
    }

    @Test
    void a_store_started_while_redis_is_down_starts_on_l1_and_connects_when_redis_comes_up() throws Exception {
        server.kill();
        long start = System.nanoTime();
        try (TwoLevelCacheStore late = store()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("starting does not wait on Redis").isLessThan(LIVELY);
            assertThat(late.redisAvailable()).isFalse();
            assertThat(timed(() -> late.keep("bff:permissions:7:global", "value", Duration.ofSeconds(60),
                    late.evictionMark()))).isTrue();

            server.startAgain();

            Eventually.within(RECOVERS_WITHIN, late::redisAvailable, "the late store connects");
            a.find("bff:warm-up:x");
            Eventually.within(RECOVERS_WITHIN, a::redisAvailable, "A reconnects");
            a.evict("bff:permissions:7:global");
            Eventually.within(Duration.ofSeconds(1), () -> late.find("bff:permissions:7:global", String.class).isEmpty(),
                    "the late store subscribed");
        }
    }
}
