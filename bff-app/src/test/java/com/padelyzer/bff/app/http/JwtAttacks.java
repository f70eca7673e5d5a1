package com.padelyzer.bff.app.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.padelyzer.bff.app.http.ForgedTokens.Claims;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.padelyzer.bff.app.http.ForgedTokens.header;
import static com.padelyzer.bff.app.http.ForgedTokens.hmac;
import static com.padelyzer.bff.app.http.ForgedTokens.hs256;
import static com.padelyzer.bff.app.http.ForgedTokens.rsa;
import static com.padelyzer.bff.app.http.ForgedTokens.segment;
import static com.padelyzer.bff.app.http.ForgedTokens.unsigned;

/**
 * The table of {@link JwtAttacksIT}: each row a way to present a token SPEC §4 refuses, named for the report. The
 * tokens speak for {@link Fixture#SUPERUSER}, who may read everything, so a refusal is the token's doing. The RSA keys
 * are the main system's two (in the key set of JWKS mode) and an attacker's.
 */
final class JwtAttacks {

    static final long USER = Fixture.SUPERUSER;
    static final String TRUSTED_KID = "padelyzer-2026-a";
    static final String SECOND_KID = "padelyzer-2026-b";
    static final RSAKey TRUSTED = rsaKey(TRUSTED_KID);
    static final RSAKey SECOND_TRUSTED = rsaKey(SECOND_KID);
    static final RSAKey UNTRUSTED = rsaKey("attacker");

    private JwtAttacks() {
    }

    /** One row: what is sent as {@code Authorization} (null: no header at all). */
    record Attack(String name, Supplier<String> authorization) {
        @Override
        public String toString() {
            return name;
        }
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

    static Attack bearer(String name, Supplier<String> token) {
        return new Attack(name, () -> "Bearer " + token.get());
    }

    static Claims claims() {
        return Claims.access(USER);
    }

    static String hs256Header() {
        return header("HS256");
    }

    static String signedHs256(Claims claims) {
        return hs256(hs256Header(), claims.json());
    }

    static String rs256(RSAKey signer, String header, Claims claims) {
        return rsa("SHA256withRSA", privateKey(signer), header, claims.json());
    }

    static String rs256Kid(String kid) {
        return header("RS256", "kid", "\"" + kid + "\"");
    }

    static String future(Duration ahead) {
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

    /** Every row; {@code attackerKeySet} is a key set URL no server may fetch (a {@code jku}). */
    static Stream<Attack> all(String attackerKeySet) {
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
                        header("RS256", "kid", "\"attacker\"", "jku", "\"" + attackerKeySet + "\""), claims())),
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
}
