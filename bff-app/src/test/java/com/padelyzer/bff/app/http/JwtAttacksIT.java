package com.padelyzer.bff.app.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.jwk.JWKSet;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.app.http.JwtAttacks.Attack;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.padelyzer.bff.app.http.ForgedTokens.header;
import static com.padelyzer.bff.app.http.ForgedTokens.hs256;
import static com.padelyzer.bff.app.http.JwtAttacks.SECOND_KID;
import static com.padelyzer.bff.app.http.JwtAttacks.SECOND_TRUSTED;
import static com.padelyzer.bff.app.http.JwtAttacks.TRUSTED;
import static com.padelyzer.bff.app.http.JwtAttacks.TRUSTED_KID;
import static com.padelyzer.bff.app.http.JwtAttacks.UNTRUSTED;
import static com.padelyzer.bff.app.http.JwtAttacks.USER;
import static com.padelyzer.bff.app.http.JwtAttacks.bearer;
import static com.padelyzer.bff.app.http.JwtAttacks.claims;
import static com.padelyzer.bff.app.http.JwtAttacks.future;
import static com.padelyzer.bff.app.http.JwtAttacks.hs256Header;
import static com.padelyzer.bff.app.http.JwtAttacks.rs256;
import static com.padelyzer.bff.app.http.JwtAttacks.rs256Kid;
import static com.padelyzer.bff.app.http.JwtAttacks.signedHs256;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 under attack. Every row of {@link JwtAttacks} (forged, tampered, malformed, revoked or otherwise refused
 * tokens) gets the one 401 body from the three read endpoints and a management endpoint, never a 5xx and never a
 * 200: from the shared-secret server, and from a server in JWKS mode whose key set this test serves on loopback.
 * Then what must still work, and the refusals that follow a change in the database.
 */
class JwtAttacksIT {

    private static final String UNAUTHORIZED =
            "{\"error\":\"Authentication credentials were not provided or are invalid\",\"code\":\"unauthorized\"}";
    private static final List<String> ENDPOINTS = List.of(
            "/api/bff/auth/context/",
            "/api/bff/bi/analytics/club/?club=" + Fixture.ANALYTICS_CLUB,
            "/api/bff/bi/availability/bulk/?club=" + Fixture.AVAILABILITY_CLUB + "&date=2026-03-18",
            "/api/management/bff/cache/status/");
    /** Users of this test alone, made and broken by it: ids no other test uses. */
    private static final long REVOKED_LATER = 7301;
    private static final long DELETED_LATER = 7302;
    private static final Duration EVICTED_WITHIN = Duration.ofSeconds(2);

    private static KeySetServer keys;
    private static BffServer jwksMode;

    @BeforeAll
    static void a_key_set_on_loopback_and_a_server_in_jwks_mode() throws IOException {
        keys = KeySetServer.start(new JWKSet(List.of(TRUSTED.toPublicJWK(), SECOND_TRUSTED.toPublicJWK())),
                new JWKSet(UNTRUSTED.toPublicJWK()));
        // what application-jwks.yml sets from BFF_JWKS_URL; that file and its switching on are EmbeddedDefaultTokensIT's
        jwksMode = BffServer.startWith(Map.of(
                "micronaut.security.token.jwt.signatures.jwks.main-system.url", keys.mainSystemUrl()));
    }

    @AfterAll
    static void stop() {
        if (jwksMode != null) {
            jwksMode.stop();
        }
        if (keys != null) {
            keys.close();
        }
    }

    static Stream<Attack> attacks() {
        return JwtAttacks.all(keys.attackerUrl());
    }

    /**
     * A 100 KB token (signed with the right secret, claims padded, expired) gets past the header limit (128 KB) to the
     * token check and is a 401 on both servers, like its small twin.
     */
    @Test
    void a_token_of_100_kb_is_a_401_from_both_servers() {
        String token = signedHs256(claims().with("padding", "\"" + "p".repeat(75_000) + "\"")
                .with("exp", future(Duration.ofMinutes(-5))));
        assertThat(token.length()).as("characters").isBetween(100_000, 102_400);
        for (BffServer server : List.of(BffServer.get(), jwksMode)) {
            for (String uri : ENDPOINTS) {
                HttpResponse<String> response = server.get(uri, token);
                assertThat(response.code()).as(uri).isEqualTo(401);
                assertThat(server.json(response).get("code").getStringValue()).isEqualTo("unauthorized");
            }
        }
    }

    private static void assertRefused(BffServer server, Attack attack) {
        String authorization = attack.authorization().get();
        for (String uri : ENDPOINTS) {
            var request = HttpRequest.GET(uri);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = server.exchange(request);
            assertThat(response.code()).as("%s on %s", attack.name(), uri).isEqualTo(401);
            assertThat(server.body(response)).as("%s on %s", attack.name(), uri).isEqualTo(UNAUTHORIZED);
        }
    }

    private static void assertAccepted(BffServer server, String token) {
        for (String uri : ENDPOINTS) {
            assertThat(server.get(uri, token).code()).as(uri).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void the_shared_secret_server_answers_the_401_body_on_every_endpoint(Attack attack) {
        assertRefused(BffServer.get(), attack);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void the_server_in_jwks_mode_answers_the_401_body_on_every_endpoint(Attack attack) {
        assertRefused(jwksMode, attack);
    }

    @Test
    void the_main_systems_hs256_token_opens_every_endpoint_in_both_modes_and_an_nbf_in_the_past_is_fine() {
        assertAccepted(BffServer.get(), TestTokens.accessToken(USER));
        assertAccepted(jwksMode, TestTokens.accessToken(USER));
        assertAccepted(BffServer.get(), signedHs256(claims().with("nbf", future(Duration.ofMinutes(-1)))));
    }

    @Test
    void an_rs256_token_of_a_key_in_the_key_set_opens_every_endpoint_in_jwks_mode_only() {
        String trusted = rs256(TRUSTED, rs256Kid(TRUSTED_KID), claims());
        String second = rs256(SECOND_TRUSTED, rs256Kid(SECOND_KID), claims());
        String withoutKid = rs256(TRUSTED, header("RS256"), claims());

        assertAccepted(jwksMode, trusted);
        assertAccepted(jwksMode, second);
        assertAccepted(jwksMode, withoutKid);
        assertRefused(BffServer.get(), new Attack("rs256_without_a_key_set", () -> "Bearer " + trusted));
        assertThat(keys.mainSystemFetches()).as("the key set was fetched from BFF_JWKS_URL").isPositive();
    }

    @Test
    void tokens_with_unknown_kids_do_not_make_the_server_fetch_the_key_set_again_and_again() {
        assertAccepted(jwksMode, rs256(TRUSTED, rs256Kid(TRUSTED_KID), claims()));
        int fetchesBefore = keys.mainSystemFetches();

        for (int i = 0; i < 10; i++) {
            String kid = "unknown-" + i;
            assertRefused(jwksMode, new Attack(kid, () -> "Bearer " + rs256(TRUSTED, rs256Kid(kid), claims())));
        }

        assertThat(keys.mainSystemFetches() - fetchesBefore).as("key set fetches for 40 requests with unknown kids")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void a_token_with_garbled_claims_is_no_error_with_a_stack_trace_in_the_log() {
        // started first: a starting context configures logging afresh, which would drop the appender
        BffServer server = BffServer.get();
        Logger validator = (Logger) LoggerFactory.getLogger(
                "io.micronaut.security.token.jwt.nimbus.AbstractJsonWebTokenValidator");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        validator.addAppender(log);
        try {
            assertRefused(server, bearer("exp_as_string", () -> signedHs256(claims().with("exp", "\"soon\""))));
            assertRefused(server, bearer("payload_a_json_array", () -> hs256(hs256Header(), "[1]")));
        } finally {
            validator.detachAppender(log);
        }

        assertThat(log.list).isEmpty();
    }

    @Test
    void a_jku_header_never_makes_the_server_fetch_the_attackers_key_set() {
        assertRefused(jwksMode, new Attack("jku", () -> "Bearer " + rs256(UNTRUSTED,
                header("RS256", "jku", "\"" + keys.attackerUrl() + "\""), claims())));
        assertRefused(BffServer.get(), new Attack("jku", () -> "Bearer " + rs256(UNTRUSTED,
                header("RS256", "jku", "\"" + keys.attackerUrl() + "\""), claims())));

        assertThat(keys.attackerFetches()).isZero();
    }

    @Test
    void a_token_blacklisted_after_its_first_request_is_refused_once_the_blacklist_is_committed() {
        TestDatabase database = Fixture.loaded();
        database.execute("INSERT INTO authentication_user (id, email, is_active, is_staff, is_superuser) VALUES ("
                + REVOKED_LATER + ", 'revoked-later@padelyzer.mx', true, true, true)");
        BffServer caching = BffServer.caching();
        String jti = "attacks-" + UUID.randomUUID();
        String token = TestTokens.accessTokenWithJti(REVOKED_LATER, jti);
        assertAccepted(caching, token);
        cachedWithin(caching, ENDPOINTS.get(0), token);

        database.execute("INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at) VALUES ('"
                + jti + "', " + REVOKED_LATER + ", '2030-01-01T00:00:00Z')");

        for (String uri : ENDPOINTS) {
            refusedWithin(caching, uri, token);
        }
        assertRefused(caching, new Attack("blacklisted_after_use", () -> "Bearer " + token));
    }

    @Test
    void a_token_of_a_user_deleted_after_its_first_request_is_refused_once_the_delete_is_committed() {
        TestDatabase database = Fixture.loaded();
        database.execute("INSERT INTO authentication_user (id, email, is_active, is_staff, is_superuser) VALUES ("
                + DELETED_LATER + ", 'deleted-later@padelyzer.mx', true, true, true)");
        BffServer caching = BffServer.caching();
        String token = TestTokens.accessToken(DELETED_LATER);
        assertAccepted(caching, token);

        database.execute("DELETE FROM authentication_user WHERE id = " + DELETED_LATER);

        for (String uri : ENDPOINTS) {
            refusedWithin(caching, uri, token);
        }
        assertRefused(caching, new Attack("deleted_user", () -> "Bearer " + token));
    }

    /**
     * Polls until {@code uri} is answered from the cache for {@code token}, at most {@link #EVICTED_WITHIN}: the
     * notification of the user's own insert may still evict the first answer.
     */
    private static void cachedWithin(BffServer server, String uri, String token) {
        long deadline = System.nanoTime() + EVICTED_WITHIN.toNanos();
        String cache;
        do {
            HttpResponse<String> response = server.get(uri, token);
            assertThat(response.code()).as(uri).isEqualTo(200);
            cache = response.header("X-Cache");
        } while (!"HIT".equals(cache) && System.nanoTime() < deadline);
        assertThat(cache).as("%s answered from the cache", uri).isEqualTo("HIT");
    }

    /** Polls until {@code uri} answers 401 to {@code token}, at most {@link #EVICTED_WITHIN}. */
    private static void refusedWithin(BffServer server, String uri, String token) {
        long deadline = System.nanoTime() + EVICTED_WITHIN.toNanos();
        int status;
        do {
            status = server.get(uri, token).code();
            assertThat(status).as(uri).isIn(200, 401);
        } while (status != 401 && System.nanoTime() < deadline);
        assertThat(status).as("%s refused within %s", uri, EVICTED_WITHIN).isEqualTo(401);
    }
}
