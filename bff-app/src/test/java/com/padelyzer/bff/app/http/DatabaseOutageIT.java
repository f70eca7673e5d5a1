package com.padelyzer.bff.app.http;

import com.padelyzer.bff.app.database.DatabaseBounds;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead or stuck database answers 503 with Retry-After within the configured bounds, not a hung request (SPEC §8),
 * through the real server on a PostgreSQL of the test's own: frozen with SIGSTOP (connections open, nothing
 * answers), a statement stuck behind another session's lock, and a request queued for a thread behind it. The upper bounds are derived from the settings with
 * 2 s of slack: they check that a bound exists, they are not a performance figure.
 */
class DatabaseOutageIT {

    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(1);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);
    private static final DatabaseBounds BOUNDS = new DatabaseBounds(CONNECTION_WAIT, STATEMENT_TIMEOUT);
    private static final Duration SLACK = Duration.ofSeconds(2);
    /** Micronaut's JDBC health indicator checks the borrowed connection with {@code isValid(3)}. */
    private static final Duration HEALTH_CHECK = Duration.ofSeconds(3);
    private static final int POOL = 3;
    private static final String CONTEXT = "/api/bff/auth/context/";

    private static PostgresProcess postgres;
    private static BffServer server;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresProcess.start();
        server = BffServer.startOn(postgres.jdbcUrl(), postgres.user(), Map.of(
                "bff.cache.responses", false, "bff.cache.callers", false,
                "datasources.default.maximum-pool-size", POOL,
                "bff.database.connection-wait", CONNECTION_WAIT.toMillis() + "ms",
                "bff.database.statement-timeout", STATEMENT_TIMEOUT.toMillis() + "ms"));
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            for (String sql : Fixture.statements()) {
                statement.execute(sql);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void a_frozen_database_answers_503_with_retry_after_within_the_bounds_and_the_next_request_after_it_is_200()
            throws Exception {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        assertThat(server.get(CONTEXT, token).code()).isEqualTo(200);

        postgres.freeze();
        HttpResponse<String> frozen;
        HttpResponse<String> health;
        long requestMillis;
        long healthMillis;
        try {
            long started = System.nanoTime();
            frozen = server.get(CONTEXT, token);
            requestMillis = millisSince(started);
            started = System.nanoTime();
            health = server.exchange(HttpRequest.GET("/health"));
            healthMillis = millisSince(started);
        } finally {
            postgres.thaw();
        }
        HttpResponse<String> after = server.get(CONTEXT, token);

        System.out.printf("frozen database: API 503 after %d ms, /health %d after %d ms%n", requestMillis,
                health.code(), healthMillis);
        assertThat(frozen.code()).isEqualTo(503);
        assertThat(frozen.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(server.body(frozen)).isEqualTo("{\"error\":\"The service is temporarily unavailable, retry "
                + "shortly\",\"code\":\"service_unavailable\"}");
        assertThat(requestMillis).isLessThanOrEqualTo(BOUNDS.longestStatementWait().plus(SLACK).toMillis());
        assertThat(health.code()).isEqualTo(503);
        assertThat(healthMillis).isLessThanOrEqualTo(Duration.ofMillis(BOUNDS.connectionTimeoutMillis()
                + BOUNDS.validationTimeoutMillis()).plus(HEALTH_CHECK).plus(SLACK).toMillis());
        assertThat(after.code()).as("the first request after the database is back").isEqualTo(200);
    }

    @Test
    void a_statement_stuck_behind_a_lock_answers_503_after_the_statement_time_out_and_leaves_the_pool_healthy()
            throws Exception {
        String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
        assertThat(server.get(CONTEXT, token).code()).isEqualTo(200);

        HttpResponse<String> stuck;
        long stuckMillis;
        try (Connection holder = postgres.connect(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE authentication_user IN ACCESS EXCLUSIVE MODE");
            long started = System.nanoTime();
            stuck = server.get(CONTEXT, token);
            stuckMillis = millisSince(started);
            holder.rollback();
        }

        System.out.printf("statement stuck behind a lock: %d after %d ms%n", stuck.code(), stuckMillis);
        assertThat(stuck.code()).isEqualTo(503);
        assertThat(stuck.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(stuckMillis).isGreaterThanOrEqualTo(STATEMENT_TIMEOUT.toMillis())
                .isLessThanOrEqualTo(STATEMENT_TIMEOUT.plus(CONNECTION_WAIT).plus(SLACK).toMillis());
        for (int i = 0; i < POOL + 1; i++) {
            assertThat(server.get(CONTEXT, token).code()).as("request %d after the lock, on every pooled connection", i)
                    .isEqualTo(200);
        }
        MeterRegistry meters = server.embeddedServer().getApplicationContext().getBean(MeterRegistry.class);
        assertThat(meters.get("hikaricp.connections.active").gauge().value()).isZero();
        assertThat(meters.get("hikaricp.connections").gauge().value()).isLessThanOrEqualTo(POOL);
    }

    @Test
    void a_request_that_waited_longer_than_the_connection_wait_for_a_thread_answers_503_without_a_connection()
            throws Exception {
        BffServer single = BffServer.startOn(postgres.jdbcUrl(), postgres.user(), Map.of(
                "bff.cache.responses", false, "bff.cache.callers", false,
                "datasources.default.maximum-pool-size", 1,
                "bff.database.connection-wait", "500ms",
                "bff.database.statement-timeout", "2s",
                // the rollup compaction's own pool connection would count among the acquisitions below
                "bff.analytics.rollup-compaction-interval", "1h"));
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            String token = TestTokens.accessToken(AVAILABILITY_MEMBER);
            assertThat(single.get(CONTEXT, token).code()).isEqualTo(200);
            Timer acquisitions = single.embeddedServer().getApplicationContext().getBean(MeterRegistry.class)
                    .get("hikaricp.connections.acquire").timer();
            long acquiredBefore = acquisitions.count();

            HttpResponse<String> first;
            HttpResponse<String> queued;
            try (Connection holder = postgres.connect(); Statement lock = holder.createStatement()) {
                holder.setAutoCommit(false);
                lock.execute("LOCK TABLE authentication_user IN ACCESS EXCLUSIVE MODE");
                Future<HttpResponse<String>> stuck = clients.submit(() -> single.get(CONTEXT, token));
                Thread.sleep(200);
                Future<HttpResponse<String>> behind = clients.submit(() -> single.get(CONTEXT, token));
                first = stuck.get(20, TimeUnit.SECONDS);
                queued = behind.get(20, TimeUnit.SECONDS);
                holder.rollback();
            }

            assertThat(first.code()).as("the request stuck behind the lock, on the only thread").isEqualTo(503);
            assertThat(queued.code()).as("the request queued behind it for ~1.8 s").isEqualTo(503);
            assertThat(queued.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(acquisitions.count() - acquiredBefore).as("connections taken: the stuck request's only")
                    .isEqualTo(1);
            assertThat(single.get(CONTEXT, token).code()).as("the next request, on time").isEqualTo(200);
        } finally {
            clients.shutdownNow();
            single.stop();
        }
    }

    private static long millisSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
