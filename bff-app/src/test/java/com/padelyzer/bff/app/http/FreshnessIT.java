package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event-driven invalidation end to end: two caching servers sharing Redis (a namespace of this run's own) and the
 * database; the main system's writes are plain SQL; each change must show in a cached answer within a second, on
 * both instances, and leave unrelated entries cached. Works on a world of its own (organization, club, users), so
 * the other tests' fixture stays untouched.
 */
class FreshnessIT {

    static final Duration FRESH_WITHIN = Duration.ofSeconds(1);
    static final String ORG = "0000000f-0000-4000-8000-000000000001";
    static final String CLUB = "00000fc1-0000-4000-8000-000000000001";
    static final String OTHER_CLUB = "00000fc2-0000-4000-8000-000000000001";
    static final String COURT_1 = "00000fd1-0000-4000-8000-00000000000a";
    static final String COURT_2 = "00000fd1-0000-4000-8000-00000000000b";
    static final String COURT_OTHER = "00000fd2-0000-4000-8000-00000000000a";
    static final long MEMBER = 901;
    static final long LEAVER = 902;
    static final long DEACTIVATED = 903;
    static final long BLACKLISTED = 904;
    static final String DAY = "2026-03-19";

    static final String NAMESPACE = "test-" + UUID.randomUUID() + ":";
    static TestDatabase database;
    static BffServer first;
    static BffServer second;

    @BeforeAll
    static void a_world_of_its_own_and_two_instances() {
        database = Fixture.loaded();
        database.execute("""
                INSERT INTO root_organization (id, business_name, trade_name, state)
                VALUES ('%1$s', 'Fresca S.A.', 'Fresca', 'active');
                INSERT INTO authentication_user (id, email, is_active) VALUES
                    (901, 'member@fresca.mx', true), (902, 'leaver@fresca.mx', true),
                    (903, 'deactivated@fresca.mx', true), (904, 'blacklisted@fresca.mx', true);
                INSERT INTO clubs_club (id, organization_id, name, slug, opening_time, closing_time, timezone) VALUES
                    ('%2$s', '%1$s', 'Fresca Centro', 'fresca-centro', '08:00', '22:00', 'America/Mexico_City'),
                    ('%3$s', '%1$s', 'Fresca Norte', 'fresca-norte', '08:00', '22:00', 'America/Mexico_City');
                INSERT INTO clubs_court (id, club_id, organization_id, name, price_per_hour) VALUES
                    ('%4$s', '%2$s', '%1$s', 'Uno', 400), ('%5$s', '%2$s', '%1$s', 'Dos', 400),
                    ('%6$s', '%3$s', '%1$s', 'Norte', 400);
                INSERT INTO clubs_clubmembership (user_id, club_id, role) VALUES
                    (901, '%2$s', 'member'), (901, '%3$s', 'member'), (902, '%2$s', 'member'),
                    (903, '%2$s', 'member'), (904, '%2$s', 'member');
                """.formatted(ORG, CLUB, OTHER_CLUB, COURT_1, COURT_2, COURT_OTHER));
        Map<String, Object> redis = Map.of("bff.cache.responses", true,
                "bff.cache.redis.uri", RedisForTests.URI, "bff.cache.redis.namespace", NAMESPACE);
        first = BffServer.startWith(redis);
        second = BffServer.startWith(redis);
    }

    @AfterAll
    static void remove_this_runs_keys() {
        first.stop();
        second.stop();
        RedisForTests.deleteKeysStartingWith(NAMESPACE);
    }

    private static String availability(String club, String date) {
        return "/api/bff/bi/availability/bulk/?club=" + club + "&date=" + date;
    }

    private static JsonNode slot(BffServer server, HttpResponse<String> response, String court, String start) {
        for (JsonNode listed : server.json(response).get("courts").values()) {
            if (listed.get("id").getStringValue().equals(court)) {
                for (JsonNode slot : listed.get("slots").values()) {
                    if (slot.get("start_time").getStringValue().equals(start)) {
                        return slot;
                    }
                }
            }
        }
        return null;
    }

    private static String reasonAt(BffServer server, String token, String court, String start) {
        HttpResponse<String> response = server.get(availability(CLUB, DAY), token);
        JsonNode reason = slot(server, response, court, start).get("reason");
        return reason == null || reason.isNull() ? "free" : reason.getStringValue();
    }

    /** Waits (polling) for {@code condition}; returns how long it took, or fails after the freshness bound. */
    static long millisUntil(BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > FRESH_WITHIN.toNanos()) {
                throw new AssertionError("not seen within " + FRESH_WITHIN);
            }
            Thread.onSpinWait();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void cachedOnBoth(String uri, String token) {
        first.get(uri, token);
        second.get(uri, token);
        assertThat(first.get(uri, token).header("X-Cache")).isEqualTo("HIT");
        assertThat(second.get(uri, token).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void a_reservation_shows_as_reserved_on_both_instances_and_its_cancellation_frees_the_slot() {
        String token = TestTokens.accessToken(MEMBER);
        cachedOnBoth(availability(CLUB, DAY), token);
        assertThat(reasonAt(first, token, COURT_1, "10:00")).isEqualTo("free");

        database.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, "
                + "end_time, status) VALUES ('" + ORG + "', '" + CLUB + "', '" + COURT_1 + "', '" + DAY
                + "', '10:00', '11:00', 'confirmed')");
        millisUntil(() -> reasonAt(first, token, COURT_1, "10:00").equals("reserved"));
        millisUntil(() -> reasonAt(second, token, COURT_1, "10:00").equals("reserved"));

        database.execute("UPDATE reservations_reservation SET status = 'cancelled' WHERE court_id = '" + COURT_1
                + "' AND date = '" + DAY + "' AND start_time = '10:00'");
        millisUntil(() -> reasonAt(first, token, COURT_1, "10:00").equals("free"));
        millisUntil(() -> reasonAt(second, token, COURT_1, "10:00").equals("free"));
    }

    @Test
    void a_blocked_slot_shows_as_blocked() {
        String token = TestTokens.accessToken(MEMBER);
        cachedOnBoth(availability(CLUB, DAY), token);

        database.execute("INSERT INTO reservations_blockedslot (organization_id, club_id, court_id, start_datetime, "
                + "end_datetime, reason) VALUES ('" + ORG + "', '" + CLUB + "', '" + COURT_1 + "', '" + DAY
                + "T12:00:00-06:00', '" + DAY + "T13:00:00-06:00', 'tournament')");

        millisUntil(() -> reasonAt(first, token, COURT_1, "12:00").equals("blocked"));
        millisUntil(() -> reasonAt(second, token, COURT_1, "12:00").equals("blocked"));
    }

    @Test
    void a_court_set_to_maintenance_leaves_the_answer() {
        String token = TestTokens.accessToken(MEMBER);
        String uri = availability(CLUB, "2026-03-20");
        cachedOnBoth(uri, token);

        database.execute("UPDATE clubs_court SET is_maintenance = true WHERE id = '" + COURT_2 + "'");

        millisUntil(() -> !first.body(first.get(uri, token)).contains(COURT_2));
        millisUntil(() -> !second.body(second.get(uri, token)).contains(COURT_2));
    }

    @Test
    void a_membership_ended_turns_the_cached_answer_into_404() {
        String token = TestTokens.accessToken(LEAVER);
        String uri = availability(CLUB, "2026-03-21");
        cachedOnBoth(uri, token);

        database.execute("UPDATE clubs_clubmembership SET is_active = false WHERE user_id = " + LEAVER);

        millisUntil(() -> first.get(uri, token).code() == 404);
        millisUntil(() -> second.get(uri, token).code() == 404);
    }

    @Test
    void a_deactivated_user_is_refused_on_the_next_request() {
        String token = TestTokens.accessToken(DEACTIVATED);
        cachedOnBoth("/api/bff/auth/context/", token);

        database.execute("UPDATE authentication_user SET is_active = false WHERE id = " + DEACTIVATED);

        millisUntil(() -> first.get("/api/bff/auth/context/", token).code() == 401);
        millisUntil(() -> second.get("/api/bff/auth/context/", token).code() == 401);
    }

    @Test
    void a_token_blacklisted_by_the_main_system_is_refused_within_a_second() {
        String jti = "fresh-" + UUID.randomUUID();
        String token = TestTokens.accessTokenWithJti(BLACKLISTED, jti);
        cachedOnBoth("/api/bff/auth/context/", token);

        database.execute("INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at) VALUES ('"
                + jti + "', " + BLACKLISTED + ", '2030-01-01T00:00:00Z')");

        millisUntil(() -> first.get("/api/bff/auth/context/", token).code() == 401);
        millisUntil(() -> second.get("/api/bff/auth/context/", token).code() == 401);
    }

    @Test
    void another_clubs_entries_stay_cached_through_a_change() {
        String token = TestTokens.accessToken(MEMBER);
        String other = availability(OTHER_CLUB, DAY);
        String fixtureClub = availability(AVAILABILITY_CLUB, DAY);
        String fixtureToken = TestTokens.accessToken(AVAILABILITY_MEMBER);
        cachedOnBoth(other, token);
        cachedOnBoth(fixtureClub, fixtureToken);
        cachedOnBoth(availability(CLUB, "2026-03-22"), token);

        database.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, "
                + "end_time, status) VALUES ('" + ORG + "', '" + CLUB + "', '" + COURT_1 + "', '2026-03-22', "
                + "'18:00', '19:00', 'confirmed')");
        millisUntil(() -> first.get(availability(CLUB, "2026-03-22"), token).header("X-Cache").equals("MISS"));

        assertThat(first.get(other, token).header("X-Cache")).isEqualTo("HIT");
        assertThat(second.get(other, token).header("X-Cache")).isEqualTo("HIT");
        assertThat(first.get(fixtureClub, fixtureToken).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void an_answer_computed_on_one_instance_is_a_hit_on_the_other_and_an_invalidation_on_one_reaches_both() {
        String token = TestTokens.accessToken(MEMBER);
        String uri = availability(CLUB, "2026-03-23");
        assertThat(first.get(uri, token).header("X-Cache")).isEqualTo("MISS");
        assertThat(second.get(uri, token).header("X-Cache")).isEqualTo("HIT");

        assertThat(second.get("/api/bff/auth/context/", token).code()).isEqualTo(200);
        assertThat(first.get("/api/bff/auth/context/", token).header("X-Cache")).isEqualTo("HIT");
        first.exchange(HttpRequest.POST("/api/bff/auth/cache/invalidate/", Map.of()).bearerAuth(token));
        millisUntil(() -> second.get("/api/bff/auth/context/", token).header("X-Cache").equals("MISS"));
    }

    @Test
    void a_management_flush_on_one_instance_is_honoured_by_the_other() {
        String token = TestTokens.accessToken(MEMBER);
        String uri = availability(CLUB, "2026-03-25");
        cachedOnBoth(uri, token);

        HttpResponse<String> flushed = first.exchange(HttpRequest.POST("/api/management/bff/cache/flush/",
                Map.of("type", "availability", "club_id", CLUB)).bearerAuth(TestTokens.accessToken(Fixture.SUPERUSER)));

        assertThat(flushed.code()).isEqualTo(200);
        millisUntil(() -> second.get(uri, token).header("X-Cache").equals("MISS"));
    }

    @Test
    void every_key_the_servers_wrote_to_redis_follows_spec_section_6_and_has_a_ttl() {
        String token = TestTokens.accessToken(MEMBER);
        first.get(availability(CLUB, "2026-03-24"), token);
        first.get("/api/bff/auth/context/", token);
        second.get("/api/bff/bi/analytics/club/?club=" + AVAILABILITY_CLUB, TestTokens.accessToken(
                Fixture.ORG_A_ADMIN));

        Map<String, Long> ttls = RedisForTests.keysWithTtl(NAMESPACE);

        assertThat(ttls).isNotEmpty();
        assertThat(ttls.keySet()).allSatisfy(key -> assertThat(key.substring(NAMESPACE.length())).matches(
                "bff:(availability:[0-9a-f-]{36}:\\d{4}-\\d{2}-\\d{2}:(all|[0-9a-f]{32}):\\d+"
                        + "|dashboard:[0-9a-f-]{36}:(week|month|quarter|year):[0-9a-f]{32}"
                        + "|auth:context:\\d+:[0-9a-f]{32})"));
        assertThat(ttls.values()).allSatisfy(ttl -> assertThat(ttl).as("PTTL").isPositive());
    }

    /** A measurement, printed for docs/performance.md: commit of a reservation to its key gone from the L1. */
    @Test
    void commit_to_eviction_latency_over_300_reservations() {
        String token = TestTokens.accessToken(MEMBER);
        ResponseCachePort cache = first.embeddedServer().getApplicationContext().getBean(ResponseCachePort.class);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String date = "2026-04-" + String.format("%02d", 1 + i % 28);
            HttpResponse<String> cached = first.get(availability(OTHER_CLUB, date), token);
            String key = first.json(cached).get("_performance").get("cache_key").getStringValue();
            assertThat(cache.find(key)).as("cached before the change").isPresent();
            int minute = i / 28;
            database.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, "
                    + "start_time, end_time, status) VALUES ('" + ORG + "', '" + OTHER_CLUB + "', '" + COURT_OTHER
                    + "', '" + date + "', '" + String.format("08:%02d", minute) + "', '"
                    + String.format("08:%02d", minute + 1) + "', 'pending')");
            long committed = System.nanoTime();
            while (cache.find(key).isPresent()) {
                assertThat(System.nanoTime() - committed).isLessThan(FRESH_WITHIN.toNanos());
                Thread.onSpinWait();
            }
            millis.add((System.nanoTime() - committed) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("commit-to-eviction over %d reservations: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.99)),
                millis.get(millis.size() - 1));
    }

    /** The machine's Redis (or {@code BFF_TEST_REDIS_URI}); this run's keys are removed at the end. */
    static final class RedisForTests {
        static final String URI = System.getenv().getOrDefault("BFF_TEST_REDIS_URI", "redis://127.0.0.1:6379");

        static Map<String, Long> keysWithTtl(String prefix) {
            RedisClient client = RedisClient.create(URI);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                Map<String, Long> ttls = new java.util.TreeMap<>();
                ScanCursor cursor = ScanCursor.INITIAL;
                do {
                    KeyScanCursor<String> page = connection.sync().scan(cursor,
                            ScanArgs.Builder.matches(prefix + "*").limit(500));
                    page.getKeys().forEach(key -> ttls.put(key, connection.sync().pttl(key)));
                    cursor = page;
                } while (!cursor.isFinished());
                return ttls;
            } finally {
                client.shutdown();
            }
        }

        static void deleteKeysStartingWith(String prefix) {
            RedisClient client = RedisClient.create(URI);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                ScanCursor cursor = ScanCursor.INITIAL;
                do {
                    KeyScanCursor<String> page = connection.sync().scan(cursor,
                            ScanArgs.Builder.matches(prefix + "*").limit(500));
                    if (!page.getKeys().isEmpty()) {
                        connection.sync().unlink(page.getKeys().toArray(String[]::new));
                    }
                    cursor = page;
                } while (!cursor.isFinished());
            } finally {
                client.shutdown();
            }
        }
    }
}
