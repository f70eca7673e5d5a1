package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ReadPathTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Caller CALLER = new Caller(new UserId(42), "jti-1");
    static final ClubId CLUB = new ClubId(UUID.fromString("6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6"));

    final JsonMapper json = mock(JsonMapper.class);
    final CountingStatements statements = new CountingStatements();
    final Map<String, CachedResponse> kept = new ConcurrentHashMap<>();
    final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final ResponseCachePort cache = new ResponseCachePort() {
        @Override
        public Optional<CachedResponse> find(String key) {
            return Optional.ofNullable(kept.get(key)).filter(entry -> now.get().isBefore(entry.staleUntil()));
        }

        @Override
        public long evictionMark() {
            return 0;
        }

        @Override
        public boolean keep(String key, CachedResponse response, long mark) {
            kept.put(key, response);
            return true;
        }
    };
    Authorization verdict = Callers.admitted();
    final AuthorizeRequestUseCase authorize = query -> verdict;
    final AtomicInteger computations = new AtomicInteger();

    ReadPath path(boolean caching) {
        return new ReadPath(authorize, statements, cache, new ResponseCaching(caching), CacheTtls.defaults(), json, clock,
                Runnable::run);
    }

    @BeforeEach
    void render_every_body_as_its_text() throws IOException {
        when(json.writeValueAsBytes(any())).thenAnswer(call ->
                call.getArgument(0).toString().getBytes(StandardCharsets.UTF_8));
    }

    Read<String> dashboard(AtomicReference<Computation> seen) {
        return Read.cached(Access.club(CLUB, ClubAccessPurpose.ANALYTICS), CacheType.DASHBOARD_ANALYTICS,
                "bff:dashboard:x", () -> {
                    computations.incrementAndGet();
                    statements.sent(1);
                    return Optional.of("answer");
                }, (value, computation) -> {
                    seen.set(computation);
                    return value;
                });
    }

    @Test
    void hands_the_shape_the_key_and_the_statements_of_the_computation_and_expires_after_the_types_ttl() {
        AtomicReference<Computation> seen = new AtomicReference<>();
        HttpRequest<?> request = HttpRequest.GET("/api/x");

        MutableHttpResponse<?> response = path(false).serve(request, CALLER, dashboard(seen));

        assertThat(seen.get()).isEqualTo(new Computation("bff:dashboard:x", 1, NOW));
        assertThat(new String((byte[]) response.body(), StandardCharsets.UTF_8)).isEqualTo("answer");
        assertThat(response.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(response.header("X-Cache")).isEqualTo("MISS");
        assertThat(response.header("Vary")).isEqualTo("Authorization");
        assertThat(RequestCost.of(request)).get().isEqualTo(new RequestCost("MISS", new DatabaseWork(1, 1_000)));
    }

    @Test
    void keeps_nothing_while_response_caching_is_off() {
        path(false).serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));
        path(false).serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));

        assertThat(kept).isEmpty();
        assertThat(computations).hasValue(2);
    }

    @Test
    void serves_a_kept_answer_as_a_hit_without_computing_or_rendering_when_caching_is_on() throws IOException {
        ReadPath path = path(true);
        MutableHttpResponse<?> miss = path.serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));
        HttpRequest<?> second = HttpRequest.GET("/api/x");

        MutableHttpResponse<?> hit = path.serve(second, CALLER, dashboard(new AtomicReference<>()));

        assertThat(computations).hasValue(1);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.header("ETag")).isEqualTo(miss.header("ETag"));
        assertThat((byte[]) hit.body()).isEqualTo((byte[]) miss.body());
        assertThat(RequestCost.of(second)).get().isEqualTo(new RequestCost("HIT", DatabaseWork.NONE));
        assertThat(kept.get("bff:dashboard:x").type()).isEqualTo(CacheType.DASHBOARD_ANALYTICS);
        org.mockito.Mockito.verify(json, org.mockito.Mockito.times(1)).writeValueAsBytes(any());
    }

    @Test
    void a_denied_club_is_404_before_the_cache_is_asked_or_anything_computed() {
        ReadPath path = path(true);
        path.serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));
        verdict = new Authorization.ClubDenied();
        HttpRequest<?> denied = HttpRequest.GET("/api/x");

        assertThatThrownBy(() -> path.serve(denied, CALLER, dashboard(new AtomicReference<>())))
                .isInstanceOfSatisfying(ApiErrorException.class,
                        e -> assertThat(e.status().getCode()).isEqualTo(404));
        assertThat(RequestCost.of(denied)).as("what deciding the refusal cost, for the monitor")
                .get().extracting(RequestCost::cacheState).isEqualTo("NONE");
        assertThat(computations).hasValue(1);
    }

    @Test
    void an_empty_answer_renders_nothing_and_answers_the_reads_error() throws IOException {
        Read<String> nothing = Read.uncached(Access.anyCaller(), Optional::empty, value -> value);

        assertThatThrownBy(() -> path(false).serve(HttpRequest.GET("/api/x"), CALLER, nothing))
                .isInstanceOfSatisfying(ApiErrorException.class,
                        e -> assertThat(e.status().getCode()).isEqualTo(401));
        org.mockito.Mockito.verify(json, org.mockito.Mockito.never()).writeValueAsBytes(any());
    }

    @Test
    void finishes_the_measurement_even_when_the_store_is_down() {
        Read<String> failing = Read.uncached(Access.anyCaller(), () -> {
            throw new StoreUnavailableException("down", null);
        }, value -> value);

        assertThatThrownBy(() -> path(false).serve(HttpRequest.GET("/api/x"), CALLER, failing))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(statements.open).isZero();
    }

    @Test
    void keeps_an_uncached_answer_for_no_time() {
        MutableHttpResponse<?> response = path(true).serve(HttpRequest.GET("/api/x"), CALLER,
                Read.uncached(Access.anyCaller(), () -> Optional.of("answer"), value -> value));

        assertThat(response.header("Cache-Control")).isEqualTo("private, max-age=0");
        assertThat(kept).isEmpty();
    }

    @Test
    void management_reads_need_staff() {
        assertThatThrownBy(() -> path(false).serve(HttpRequest.GET("/api/x"), CALLER,
                Read.uncached(Access.staff(), () -> Optional.of("answer"), value -> value)))
                .isInstanceOfSatisfying(ApiErrorException.class,
                        e -> assertThat(e.status().getCode()).isEqualTo(403));
    }

    @Test
    void concurrent_misses_on_one_key_share_one_computation_and_only_its_request_counts_its_statements()
            throws Exception {
        ReadPath path = path(true);
        CountDownLatch start = new CountDownLatch(1);
        Read<String> slow = Read.cached(Access.club(CLUB, ClubAccessPurpose.ANALYTICS), CacheType.DASHBOARD_ANALYTICS,
                "bff:dashboard:slow", () -> {
                    computations.incrementAndGet();
                    sleep(300);
                    return Optional.of("answer");
                }, (value, computation) -> value);
        ExecutorService callers = Executors.newFixedThreadPool(100);
        List<Future<MutableHttpResponse<?>>> responses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            responses.add(callers.submit(() -> {
                start.await();
                return path.serve(HttpRequest.GET("/api/x"), CALLER, slow);
            }));
        }

        start.countDown();
        List<String> bodies = new ArrayList<>();
        for (Future<MutableHttpResponse<?>> response : responses) {
            bodies.add(new String((byte[]) response.get().body(), StandardCharsets.UTF_8));
        }
        callers.shutdown();

        assertThat(computations).hasValue(1);
        assertThat(bodies).hasSize(100).containsOnly("answer");
    }

    @Test
    void a_failed_computation_fails_every_request_that_waited_for_it_and_the_next_one_computes_again() {
        ReadPath path = path(true);
        Read<String> failing = Read.cached(Access.anyCaller(), CacheType.AUTH_CONTEXT, "bff:auth:context:42:x",
                () -> {
                    computations.incrementAndGet();
                    throw new StoreUnavailableException("down", null);
                }, (value, computation) -> value);

        assertThatThrownBy(() -> path.serve(HttpRequest.GET("/api/x"), CALLER, failing))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> path.serve(HttpRequest.GET("/api/x"), CALLER, failing))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(computations).hasValue(2);
    }

    @Test
    void a_dashboard_past_its_ttl_is_served_stale_while_one_refresh_replaces_it() {
        ReadPath path = path(true);
        MutableHttpResponse<?> miss = path.serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));
        now.set(NOW.plusSeconds(301));
        HttpRequest<?> staleRequest = HttpRequest.GET("/api/x");

        MutableHttpResponse<?> stale = path.serve(staleRequest, CALLER, dashboard(new AtomicReference<>()));

        assertThat(stale.header("X-Cache")).isEqualTo("STALE");
        assertThat(stale.header("Cache-Control")).isEqualTo("private, max-age=0");
        assertThat(stale.header("ETag")).isEqualTo(miss.header("ETag"));
        assertThat(RequestCost.of(staleRequest)).get().isEqualTo(new RequestCost("STALE", DatabaseWork.NONE));
        assertThat(computations).as("the refresh ran (inline in this test)").hasValue(2);
        assertThat(kept.get("bff:dashboard:x").cachedAt()).isEqualTo(NOW.plusSeconds(301));
        assertThat(path.serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()))
                .header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void a_stale_dashboard_whose_refresh_fails_is_never_served_more_than_30_seconds_past_its_ttl() {
        ReadPath path = path(true);
        path.serve(HttpRequest.GET("/api/x"), CALLER, dashboard(new AtomicReference<>()));
        Read<String> failing = Read.cached(Access.club(CLUB, ClubAccessPurpose.ANALYTICS),
                CacheType.DASHBOARD_ANALYTICS, "bff:dashboard:x", () -> {
                    computations.incrementAndGet();
                    throw new StoreUnavailableException("down", null);
                }, (value, computation) -> value);

        now.set(NOW.plusSeconds(329));
        assertThat(path.serve(HttpRequest.GET("/api/x"), CALLER, failing).header("X-Cache")).isEqualTo("STALE");
        now.set(NOW.plusSeconds(330));
        assertThatThrownBy(() -> path.serve(HttpRequest.GET("/api/x"), CALLER, failing))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void an_availability_answer_past_its_ttl_is_a_miss_never_stale() {
        ReadPath path = path(true);
        Read<String> availability = Read.cached(Access.club(CLUB, ClubAccessPurpose.AVAILABILITY),
                CacheType.AVAILABILITY, "bff:availability:x", () -> {
                    computations.incrementAndGet();
                    return Optional.of("slots");
                }, (value, computation) -> value);
        path.serve(HttpRequest.GET("/api/x"), CALLER, availability);
        now.set(NOW.plusSeconds(61));

        assertThat(path.serve(HttpRequest.GET("/api/x"), CALLER, availability).header("X-Cache")).isEqualTo("MISS");
        assertThat(computations).hasValue(2);
    }

    @Test
    void keys_and_computes_a_club_day_read_with_the_clubs_local_date_of_today() {
        ClubTenancy tenancy = Callers.admittedTo(CLUB).clubOnRecord().orElseThrow().tenancy();
        verdict = new Authorization.Admitted(Callers.admitted().access(),
                new ClubOnRecord(tenancy, ZoneId.of("Pacific/Kiritimati")));
        List<LocalDate> seen = new ArrayList<>();
        Read<String> dayRead = Read.cachedForClubToday(new Access.ClubReader(CLUB, ClubAccessPurpose.ANALYTICS),
                CacheType.DASHBOARD_ANALYTICS, today -> "bff:dashboard:" + today, today -> {
                    seen.add(today);
                    return Optional.of("answer");
                }, (value, computation) -> value);

        path(true).serve(HttpRequest.GET("/api/x"), CALLER, dayRead);

        assertThat(seen).containsExactly(LocalDate.of(2026, 11, 26));
        assertThat(kept).containsOnlyKeys("bff:dashboard:2026-11-26");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts what the computation says it sent, 1 µs each; nested like the real meter. */
    static final class CountingStatements implements StatementCounter {
        int open;
        int sent;

        void sent(int count) {
            sent += count;
        }

        @Override
        public void start() {
            open++;
            sent = 0;
        }

        @Override
        public DatabaseWork finish() {
            open--;
            return new DatabaseWork(sent, sent * 1_000L);
        }
    }
}
