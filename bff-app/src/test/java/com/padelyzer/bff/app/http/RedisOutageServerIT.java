package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.cache.CacheBackend;
import com.padelyzer.bff.adapter.cache.testsupport.RedisServerProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis killed and restarted under load, through the real server with its Redis of its own: no 5xx while it is
 * gone, and caching in Redis resumes by itself once it is back.
 */
class RedisOutageServerIT {

    @Test
    void redis_killed_and_restarted_while_requests_run_gives_no_5xx_and_caching_resumes() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            BffServer server = BffServer.startWith(Map.of("bff.cache.responses", true,
                    "bff.cache.redis.uri", redis.uri(), "bff.cache.redis.back-off", "300ms",
                    "bff.cache.l1.ttl", "200ms"));
            try {
                CacheBackend backend = server.embeddedServer().getApplicationContext().getBean(CacheBackend.class);
                assertThat(backend.redisAvailable()).isTrue();
                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                AtomicBoolean loading = new AtomicBoolean(true);
                ExecutorService clients = Executors.newFixedThreadPool(4);
                for (int client = 0; client < 4; client++) {
                    int offset = client;
                    clients.submit(() -> {
                        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
                        for (int i = 0; loading.get(); i++) {
                            String uri = i % 3 == 0 ? "/api/bff/auth/context/"
                                    : "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-05-"
                                    + String.format("%02d", 1 + (i + offset) % 20);
                            int status = server.get(uri, token).code();
                            statuses.computeIfAbsent(status, code -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    });
                }

                Thread.sleep(1_000);
                redis.kill();
                awaitUntil(Duration.ofSeconds(5), () -> !backend.redisAvailable());
                int answeredAtKill = answered(statuses);
                Thread.sleep(2_000);
                int answeredWhileDown = answered(statuses) - answeredAtKill;
                redis.startAgain();
                awaitUntil(Duration.ofSeconds(10), backend::redisAvailable);
                Thread.sleep(1_000);
                loading.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                assertThat(statuses.keySet()).as("statuses seen: " + statuses).containsOnly(200);
                assertThat(answeredWhileDown).as("requests answered while Redis was down").isGreaterThan(50);
                HttpResponse<String> fresh = server.get("/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB
                        + "&date=2026-06-01", TestTokens.accessToken(AVAILABILITY_MEMBER));
                String key = server.json(fresh).get("_performance").get("cache_key").getStringValue();
                assertThat(keysInRedis(redis.uri(), key)).as("caching in Redis resumed").isEqualTo(1);
            } finally {
                server.stop();
            }
        }
    }

    private static int answered(Map<Integer, AtomicInteger> statuses) {
        return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static long keysInRedis(String uri, String key) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().exists(key);
        } finally {
            client.shutdown();
        }
    }

    private static void awaitUntil(Duration most, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(most);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited " + most).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
