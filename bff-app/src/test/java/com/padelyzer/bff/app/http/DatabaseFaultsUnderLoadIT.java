package com.padelyzer.bff.app.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL faults under load from a few clients, through the real server with a PostgreSQL of the test's own and
 * no response caching (every request reads the database): its backends terminated ({@code pg_terminate_backend}),
 * then the server stopped and started. The only failure a client may see is 503 with Retry-After, and only while a
 * fault lasts; requests recover by themselves (within 5 s of the database's return) and no connection leaks.
 * The longer run against the packaged jar is scripts/faults.sh.
 */
class DatabaseFaultsUnderLoadIT {

    /** A thread and a connection per client: a 503 can only come from the database, not from a queue on a busy box. */
    private static final int POOL = 4;
    private static final int CLIENTS = POOL;
    private static final Duration RECOVERY = Duration.ofSeconds(5);

    private record Answer(long startedNanos, long endedNanos, int status, boolean retryAfter) {
    }

    @Test
    void terminated_backends_and_a_stopped_database_give_only_503_while_they_last_and_recover_by_themselves()
            throws Exception {
        try (PostgresProcess postgres = PostgresProcess.start()) {
            BffServer server = BffServer.startOn(postgres.jdbcUrl(), postgres.user(), Map.of(
                    "bff.cache.responses", false, "bff.cache.callers", false,
                    "datasources.default.maximum-pool-size", POOL,
                    "bff.database.connection-wait", "1s",
                    "bff.database.statement-timeout", "1s"));
            try {
                load(postgres);
                warmUp(server);
                ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
                AtomicBoolean loading = new AtomicBoolean(true);
                ExecutorService clients = startClients(server, answers, loading);

                Thread.sleep(1_000);
                long terminatedAt = System.nanoTime();
                int terminated = postgres.terminateBackends();
                Thread.sleep(2_000);
                long stoppedAt = System.nanoTime();
                postgres.stop();
                // a fast shutdown takes a moment under load: requests started before it ends may still be answered
                long downAt = System.nanoTime();
                Thread.sleep(500);
                HttpResponse<String> healthWhileDown = server.exchange(HttpRequest.GET("/health"));
                Thread.sleep(1_500);
                postgres.startAgain();
                long startedAt = System.nanoTime();
                Thread.sleep(RECOVERY.toMillis());
                loading.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

                List<Answer> all = List.copyOf(answers);
                long terminationFailuresEnd = lastFailureEnd(all, terminatedAt, stoppedAt);
                long firstOkAfterStart = all.stream().filter(a -> a.status() == 200 && a.startedNanos() >= startedAt)
                        .mapToLong(Answer::endedNanos).min().orElse(Long.MAX_VALUE);
                MeterRegistry meters = server.embeddedServer().getApplicationContext().getBean(MeterRegistry.class);
                double active = awaitNoActiveConnections(meters);
                double total = meters.get("hikaricp.connections").gauge().value();
                System.out.printf("faults under load: %d requests %s; %d backends terminated, failures for %d ms after;"
                                + " database back: first 200 after %d ms; pool active %.0f, total %.0f of %d%n",
                        all.size(), byStatus(all), terminated, millis(terminationFailuresEnd - terminatedAt),
                        millis(firstOkAfterStart - startedAt), active, total, POOL);

                assertThat(terminated).as("backends terminated").isPositive();
                assertThat(byStatus(all).keySet()).as("statuses: " + byStatus(all)).isSubsetOf(200, 503);
                assertThat(all).filteredOn(a -> a.status() == 503).allMatch(Answer::retryAfter);
                assertThat(all).as("every 503 within a fault").filteredOn(a -> a.status() == 503)
                        .allMatch(a -> a.endedNanos() >= terminatedAt && a.startedNanos() < terminatedAt
                                + TimeUnit.SECONDS.toNanos(2) || a.endedNanos() >= stoppedAt
                                && a.startedNanos() < firstOkAfterStart);
                assertThat(all).as("answers before the faults").anyMatch(a -> a.endedNanos() < terminatedAt);
                assertThat(all).as("answers while the database was down").filteredOn(a -> a.startedNanos() > downAt
                        && a.endedNanos() < startedAt).isNotEmpty().allMatch(a -> a.status() == 503);
                assertThat(healthWhileDown.code()).isEqualTo(503);
                assertThat(firstOkAfterStart - startedAt).as("recovery after the database is back")
                        .isLessThanOrEqualTo(RECOVERY.toNanos());
                assertThat(all).as("only 200 once recovered").filteredOn(a -> a.startedNanos() > firstOkAfterStart)
                        .isNotEmpty().allMatch(a -> a.status() == 200);
                assertThat(active).isZero();
                assertThat(total).isLessThanOrEqualTo(POOL);
            } finally {
                server.stop();
            }
        }
    }

    private static void load(PostgresProcess postgres) throws Exception {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            for (String sql : Fixture.statements()) {
                statement.execute(sql);
            }
        }
    }

    /** The first requests of a cold JVM can take a second on a busy machine: not part of what is measured. */
    private static void warmUp(BffServer server) {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        for (int i = 0; i < 5; i++) {
            assertThat(server.get("/api/bff/auth/context/", token).code()).isEqualTo(200);
            assertThat(server.get("/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-05-0"
                    + (1 + i), token).code()).isEqualTo(200);
        }
    }

    private static ExecutorService startClients(BffServer server, ConcurrentLinkedQueue<Answer> answers,
                                                AtomicBoolean loading) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int offset = client;
            clients.submit(() -> {
                String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
                for (int i = 0; loading.get(); i++) {
                    String uri = i % 2 == 0 ? "/api/bff/auth/context/"
                            : "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-05-"
                            + String.format("%02d", 1 + (i + offset) % 20);
                    long started = System.nanoTime();
                    HttpResponse<String> response = server.get(uri, token);
                    answers.add(new Answer(started, System.nanoTime(), response.code(),
                            response.header("Retry-After") != null));
                }
                return null;
            });
        }
        return clients;
    }

    /** When the last failed answer between {@code from} and {@code to} ended; {@code from} when none failed. */
    private static long lastFailureEnd(List<Answer> answers, long from, long to) {
        return answers.stream().filter(a -> a.status() != 200 && a.endedNanos() >= from && a.endedNanos() < to)
                .mapToLong(Answer::endedNanos).max().orElse(from);
    }

    private static Map<Integer, Long> byStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    private static double awaitNoActiveConnections(MeterRegistry meters) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        double active = meters.get("hikaricp.connections.active").gauge().value();
        while (active > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            active = meters.get("hikaricp.connections.active").gauge().value();
        }
        return active;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
