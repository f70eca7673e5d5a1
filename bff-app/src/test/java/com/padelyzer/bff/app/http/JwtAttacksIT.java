package com.padelyzer.bff.app.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.app.http.ForgedTokens.Claims;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.padelyzer.bff.app.http.ForgedTokens.header;
import static com.padelyzer.bff.app.http.ForgedTokens.hmac;
import static com.padelyzer.bff.app.http.ForgedTokens.hs256;
import static com.padelyzer.bff.app.http.ForgedTokens.rsa;
import static com.padelyzer.bff.app.http.ForgedTokens.segment;
import static com.padelyzer.bff.app.http.ForgedTokens.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 under attack. Every forged, tampered, malformed, revoked or otherwise refused token gets the one 401
 * body from the three read endpoints and a management endpoint, never a 5xx and never a 200: from the shared-secret
 * server, and from a server in JWKS mode (application-jwks.yml) whose key set this test serves on loopback. The
 * tokens speak for {@link Fixture#SUPERUSER}, who may read everything, so a refusal is the token's doing.
 */
class JwtAttacksIT {

    private static final String UNAUTHORIZED =
            "{\"error\":\"Authentication credentials were not provided or are invalid\",\"code\":\"unauthorized\"}";
    private static final long USER = Fixture.SUPERUSER;
    private static final List<String> ENDPOINTS = List.of(
            "/api/bff/auth/context/",
            "/api/bff/bi/analytics/club/?club=" + Fixture.ANALYTICS_CLUB,
            "/api/bff/bi/availability/bulk/?club=" + Fixture.AVAILABILITY_CLUB + "&date=2026-03-18",
            "/api/management/bff/cache/status/");
    private static final String TRUSTED_KID = "padelyzer-2026-a";
    private static final String SECOND_KID = "padelyzer-2026-b";
    private static final RSAKey TRUSTED = rsaKey(TRUSTED_KID);
    private static final RSAKey SECOND_TRUSTED = rsaKey(SECOND_KID);
    private static final RSAKey UNTRUSTED = rsaKey("attacker");
    /** Users of this test alone, made and broken by it: ids no other test uses. */
    private static final long REVOKED_LATER = 7301;
    private static final long DELETED_LATER = 7302;
    private static final Duration EVICTED_WITHIN = Duration.ofSeconds(2);

    private static HttpServer keys;
    private static final AtomicInteger KEY_SET_FETCHES = new AtomicInteger();
    private static final AtomicInteger ATTACKER_FETCHES = new AtomicInteger();
    private static BffServer jwksMode;

    @BeforeAll
    static void a_key_set_on_loopback_and_a_server_in_jwks_mode() throws IOException {
        keys = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String keySet = new JWKSet(List.of(TRUSTED.toPublicJWK(), SECOND_TRUSTED.toPublicJWK())).toString();
        keys.createContext("/.well-known/jwks.json", exchange -> {
            KEY_SET_FETCHES.incrementAndGet();
            respond(exchange, keySet);
        });
        String attackerSet = new JWKSet(UNTRUSTED.toPublicJWK()).toString();
        keys.createContext("/attacker/jwks.json", exchange -> {
            ATTACKER_FETCHES.incrementAndGet();
            respond(exchange, attackerSet);
        });
        keys.start();
        jwksMode = BffServer.startIn("jwks", Map.of("BFF_JWKS_URL", keySetUrl()));
    }

    @AfterAll
    static void stop() {
        if (jwksMode != null) {
            jwksMode.stop();
        }
        if (keys != null) {
            keys.stop(0);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String keySetUrl() {
        return "http://127.0.0.1:" + keys.getAddress().getPort() + "/.well-known/jwks.json";
    }

    private static String attackerUrl() {
        return "http://127.0.0.1:" + keys.getAddress().getPort() + "/attacker/jwks.json";
    }

    private static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(RSAKey key) {
        try {
            return key.toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of the table: what the attacker sends as {@code Authorization} (null: no header at all). */
    record Attack(String name, Supplier<String> authorization) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Attack bearer(String name, Supplier<String> token) {
        return new Attack(name, () -> "Bearer " + token.get());
    }

    private static Claims claims() {
        return Claims.access(USER);
    }

    private static String hs256Header() {
        return header("HS256");
    }

    private static String signedHs256(Claims claims) {
        return hs256(hs256Header(), claims.json());
    }

    private static String rs256(RSAKey signer, String header, Claims claims) {
        return rsa("SHA256withRSA", privateKey(signer), header, claims.json());
    }

    private static String rs256Kid(String kid) {
        return header("RS256", "kid", "\"" + kid + "\"");
    }

    private static String future(Duration ahead) {
        return Long.toString(Instant.now().plus(ahead).getEpochSecond());
    }

    /** Keeps header and signature of a real token and swaps in another payload. */
    private static String withPayload(String token, String payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + segment(payload) + "." + parts[2];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String publicKeyPem(RSAKey key) {
        try {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.toPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] publicKeyDer(RSAKey key) {
        try {
            return key.toPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Attack> attacks() {
        String attackerSecret = "the-attackers-own-secret-of-32-bytes-or-more";
        return Stream.of(
                // no usable credentials
                new Attack("no_authorization_header", () -> null),
                new Attack("empty_bearer", () -> "Bearer "),
                new Attack("basic_scheme", () -> "Basic dXNlcjpwYXNz"),
                new Attack("token_without_the_bearer_scheme", () -> TestTokens.accessToken(USER)),
                new Attack("bearer_twice", () -> "Bearer Bearer " + TestTokens.accessToken(USER)),
                bearer("garbage", () -> "garbage"),
                // SPEC §4: the claims
                bearer("expired", () -> signedHs256(claims().with("exp", future(Duration.ofMinutes(-1))))),
                bearer("missing_exp", () -> signedHs256(claims().without("exp"))),
                bearer("exp_as_string", () -> signedHs256(claims().with("exp", "\"" + future(Duration.ofHours(1))
                        + "\""))),
                bearer("nbf_in_the_future", () -> signedHs256(claims().with("nbf", future(Duration.ofMinutes(10))))),
                bearer("refresh_token", () -> signedHs256(claims().with("token_type", "\"refresh\""))),
                bearer("missing_token_type", () -> signedHs256(claims().without("token_type"))),
                bearer("token_type_as_array", () -> signedHs256(claims().with("token_type", "[\"access\"]"))),
                bearer("missing_user_id", () -> signedHs256(claims().without("user_id"))),
                bearer("user_id_as_string", () -> signedHs256(claims().with("user_id", "\"" + USER + "\""))),
                bearer("user_id_as_float", () -> signedHs256(claims().with("user_id", USER + ".0"))),
                bearer("user_id_fractional", () -> signedHs256(claims().with("user_id", USER + ".5"))),
                bearer("user_id_in_exponent_form", () -> signedHs256(claims().with("user_id", "1.07e2"))),
                bearer("user_id_zero", () -> signedHs256(claims().with("user_id", "0"))),
                bearer("user_id_negative", () -> signedHs256(claims().with("user_id", "-" + USER))),
                bearer("user_id_beyond_a_long", () -> signedHs256(claims().with("user_id", "99999999999999999999"))),
                bearer("user_id_largest_long", () -> signedHs256(claims().with("user_id", Long.toString(Long.MAX_VALUE)))),
                bearer("user_id_non_numeric", () -> signedHs256(claims().with("user_id", "\"abc\""))),
                bearer("user_id_null", () -> signedHs256(claims().with("user_id", "null"))),
                bearer("user_id_boolean", () -> signedHs256(claims().with("user_id", "true"))),
                bearer("user_id_array", () -> signedHs256(claims().with("user_id", "[" + USER + "]"))),
                bearer("missing_jti", () -> signedHs256(claims().without("jti"))),
                bearer("blacklisted_jti", () -> signedHs256(claims().with("jti", "\"" + Fixture.REVOKED_JTI + "\""))),
                bearer("unknown_user", () -> TestTokens.accessToken(999_999)),
                bearer("inactive_user", () -> TestTokens.accessToken(Fixture.INACTIVE_USER)),
                // SPEC §4: the signature
                bearer("signed_with_another_secret", () -> hmac("HmacSHA256", bytes(attackerSecret), hs256Header(),
                        claims().json())),
                bearer("signature_removed", () -> unsigned(hs256Header(), claims().json())),
                bearer("signature_truncated", () -> {
                    String token = signedHs256(claims());
                    return token.substring(0, token.length() - 4);
                }),
                bearer("signature_of_another_token", () -> {
                    String[] other = TestTokens.accessToken(Fixture.ORG_B_MEMBER).split("\\.");
                    String[] mine = signedHs256(claims()).split("\\.");
                    return mine[0] + "." + mine[1] + "." + other[2];
                }),
                bearer("user_id_swapped_under_a_valid_header_and_signature", () -> withPayload(
                        signedHs256(Claims.access(Fixture.ORG_B_MEMBER)), claims().json())),
                // alg variants
                bearer("alg_none", () -> unsigned(header("none"), claims().json())),
                bearer("alg_None", () -> unsigned(header("None"), claims().json())),
                bearer("alg_NONE", () -> unsigned(header("NONE"), claims().json())),
                bearer("alg_none_with_a_valid_hmac", () -> hs256(header("none"), claims().json())),
                bearer("alg_HS384_with_the_right_secret", () -> hmac("HmacSHA384", bytes(TestTokens.SECRET),
                        header("HS384"), claims().json())),
                bearer("alg_HS512_with_the_right_secret", () -> hmac("HmacSHA512", bytes(TestTokens.SECRET),
                        header("HS512"), claims().json())),
                bearer("alg_RS384_with_a_trusted_key", () -> rsa("SHA384withRSA", privateKey(TRUSTED),
                        header("RS384", "kid", "\"" + TRUSTED_KID + "\""), claims().json())),
                bearer("alg_RS512_with_a_trusted_key", () -> rsa("SHA512withRSA", privateKey(TRUSTED),
                        header("RS512", "kid", "\"" + TRUSTED_KID + "\""), claims().json())),
                bearer("alg_RS256_header_on_an_hmac", () -> hs256(header("RS256"), claims().json())),
                bearer("alg_lowercase_hs256", () -> hs256(header("hs256"), claims().json())),
                bearer("alg_missing", () -> hs256(header(null), claims().json())),
                bearer("alg_null", () -> hs256(header(null, "alg", "null"), claims().json())),
                bearer("critical_header_the_server_does_not_know", () -> hs256(
                        header("HS256", "crit", "[\"padelyzer-x\"]", "padelyzer-x", "1"), claims().json())),
                // kid tricks
                bearer("kid_path_to_an_empty_file_with_an_empty_key", () -> hmac("HmacSHA256", new byte[1],
                        header("HS256", "kid", "\"../../../../../../dev/null\""), claims().json())),
                bearer("kid_sql_injection", () -> hmac("HmacSHA256", bytes(attackerSecret),
                        header("HS256", "kid", "\"x' UNION SELECT '" + attackerSecret + "' --\""), claims().json())),
                bearer("kid_very_long", () -> hmac("HmacSHA256", bytes(attackerSecret),
                        header("HS256", "kid", "\"" + "k".repeat(4000) + "\""), claims().json())),
                bearer("rs256_trusted_key_with_an_unknown_kid", () -> rs256(TRUSTED, rs256Kid("no-such-key"),
                        claims())),
                bearer("rs256_trusted_key_under_the_other_trusted_kid", () -> rs256(TRUSTED, rs256Kid(SECOND_KID),
                        claims())),
                bearer("rs256_trusted_key_with_a_path_kid", () -> rs256(TRUSTED, rs256Kid("../../etc/passwd"),
                        claims())),
                bearer("rs256_trusted_key_with_an_sql_kid", () -> rs256(TRUSTED, rs256Kid("' OR '1'='1' --"),
                        claims())),
                bearer("rs256_trusted_key_with_a_very_long_kid", () -> rs256(TRUSTED, rs256Kid("k".repeat(4000)),
                        claims())),
                // RS / HS mixes and foreign keys
                bearer("rs256_signed_by_an_untrusted_key", () -> rs256(UNTRUSTED, header("RS256"), claims())),
                bearer("rs256_untrusted_key_claiming_a_trusted_kid", () -> rs256(UNTRUSTED, rs256Kid(TRUSTED_KID),
                        claims())),
                bearer("rs256_with_the_attackers_key_embedded_as_jwk", () -> rs256(UNTRUSTED,
                        header("RS256", "jwk", UNTRUSTED.toPublicJWK().toJSONString()), claims())),
                bearer("rs256_with_a_jku_to_the_attackers_key_set", () -> rs256(UNTRUSTED,
                        header("RS256", "kid", "\"attacker\"", "jku", "\"" + attackerUrl() + "\""), claims())),
                bearer("rs256_user_id_swapped_under_a_valid_signature", () -> withPayload(
                        rs256(TRUSTED, rs256Kid(TRUSTED_KID), Claims.access(Fixture.ORG_B_MEMBER)), claims().json())),
                bearer("rs256_expired", () -> rs256(TRUSTED, rs256Kid(TRUSTED_KID),
                        claims().with("exp", future(Duration.ofMinutes(-1))))),
                bearer("rs256_refresh_token", () -> rs256(TRUSTED, rs256Kid(TRUSTED_KID),
                        claims().with("token_type", "\"refresh\""))),
                bearer("rs256_alg_none_with_a_trusted_kid", () -> unsigned(header("none", "kid",
                        "\"" + TRUSTED_KID + "\""), claims().json())),
                bearer("hs256_signed_with_the_rsa_public_key_pem", () -> hmac("HmacSHA256", bytes(publicKeyPem(TRUSTED)),
                        header("HS256", "kid", "\"" + TRUSTED_KID + "\""), claims().json())),
                bearer("hs256_signed_with_the_rsa_public_key_der", () -> hmac("HmacSHA256", publicKeyDer(TRUSTED),
                        header("HS256", "kid", "\"" + TRUSTED_KID + "\""), claims().json())),
                bearer("hs256_signed_with_the_rsa_public_jwk", () -> hmac("HmacSHA256",
                        bytes(TRUSTED.toPublicJWK().toJSONString()), header("HS256"), claims().json())),
                // shapes
                bearer("malformed_base64", () -> "eyJ!!!.@@@.###"),
                bearer("payload_not_base64", () -> segment(hs256Header()) + ".%%%%." + segment("x")),
                bearer("one_segment", () -> segment(hs256Header())),
                bearer("two_segments", () -> segment(hs256Header()) + "." + segment(claims().json())),
                bearer("four_segments", () -> signedHs256(claims()) + "." + segment("{}")),
                bearer("five_segments_shaped_like_an_encrypted_token", () -> segment(
                        "{\"alg\":\"dir\",\"enc\":\"A128GCM\"}") + ".." + segment("iv") + "." + segment("cipher") + "."
                        + segment("tag")),
                bearer("payload_a_json_array", () -> hs256(hs256Header(), "[" + claims().json() + "]")),
                bearer("payload_a_json_string", () -> hs256(hs256Header(), "\"access\"")),
                bearer("payload_json_null", () -> hs256(hs256Header(), "null")),
                bearer("payload_not_json", () -> hs256(hs256Header(), "user_id=107")),
                bearer("header_a_json_array", () -> hs256("[\"HS256\"]", claims().json())),
                // the largest a header can be and still reach the token check (Netty's 8 KB for all headers)
                bearer("token_of_7_kb_under_a_borrowed_signature", () -> withPayload(signedHs256(claims()),
                        claims().with("padding", "\"" + "p".repeat(5_000) + "\"").json())));
    }

    /** Past the server's header limit a request is refused before any token check: 413, never 200 or 5xx. */
    @Test
    void a_token_of_100_kb_is_refused_before_the_token_check_with_a_json_413_by_both_servers() {
        String token = signedHs256(claims().with("padding", "\"" + "p".repeat(100_000) + "\""));
        for (BffServer server : List.of(BffServer.get(), jwksMode)) {
            for (String uri : ENDPOINTS) {
                HttpResponse<String> response = server.get(uri, token);
                assertThat(response.code()).as(uri).isEqualTo(413);
                var body = server.json(response);
                assertThat(body.get("error").getStringValue()).isNotBlank();
                assertThat(body.get("code").getStringValue()).isNotBlank();
                assertThat(server.body(response)).doesNotContain("Exception", "io.netty", "com.padelyzer");
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
        assertThat(KEY_SET_FETCHES.get()).as("the key set was fetched from BFF_JWKS_URL").isPositive();
    }

    @Test
    void tokens_with_unknown_kids_do_not_make_the_server_fetch_the_key_set_again_and_again() {
        assertAccepted(jwksMode, rs256(TRUSTED, rs256Kid(TRUSTED_KID), claims()));
        int fetchesBefore = KEY_SET_FETCHES.get();

        for (int i = 0; i < 10; i++) {
            String kid = "unknown-" + i;
            assertRefused(jwksMode, new Attack(kid, () -> "Bearer " + rs256(TRUSTED, rs256Kid(kid), claims())));
        }

        assertThat(KEY_SET_FETCHES.get() - fetchesBefore).as("key set fetches for 40 requests with unknown kids")
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
                header("RS256", "jku", "\"" + attackerUrl() + "\""), claims())));
        assertRefused(BffServer.get(), new Attack("jku", () -> "Bearer " + rs256(UNTRUSTED,
                header("RS256", "jku", "\"" + attackerUrl() + "\""), claims())));

        assertThat(ATTACKER_FETCHES.get()).isZero();
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
        assertThat(caching.get(ENDPOINTS.get(0), token).header("X-Cache")).isEqualTo("HIT");

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
