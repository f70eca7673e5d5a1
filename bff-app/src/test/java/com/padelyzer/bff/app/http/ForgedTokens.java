package com.padelyzer.bff.app.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWTs put together byte by byte, for the attacks Nimbus's builders refuse to make (a string {@code exp}, a
 * lowercase {@code alg}, a payload that is no JSON object, a header on one algorithm and a signature of another).
 * Header and claims are raw JSON, so what a token says is exactly what the test wrote.
 */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    static String segment(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code header.payload.} with an empty signature. */
    static String unsigned(String header, String payload) {
        return segment(header) + "." + segment(payload) + ".";
    }

    /** Signed with an HMAC ({@code HmacSHA256}, {@code HmacSHA384}, ...) whatever the header says. */
    static String hmac(String macAlgorithm, byte[] key, String header, String payload) {
        String input = segment(header) + "." + segment(payload);
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(key, macAlgorithm));
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(String header, String payload) {
        return hmac("HmacSHA256", TestTokens.SECRET.getBytes(StandardCharsets.UTF_8), header, payload);
    }

    /** Signed with an RSA key ({@code SHA256withRSA}, ...) whatever the header says. */
    static String rsa(String signatureAlgorithm, PrivateKey key, String header, String payload) {
        String input = segment(header) + "." + segment(payload);
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm);
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header: {@code alg} and then name/raw-JSON pairs ({@code "kid", "\"k1\""}). */
    static String header(String alg, String... namesAndRawValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (alg != null) {
            fields.put("alg", "\"" + alg + "\"");
        }
        fields.put("typ", "\"JWT\"");
        for (int i = 0; i < namesAndRawValues.length; i += 2) {
            fields.put(namesAndRawValues[i], namesAndRawValues[i + 1]);
        }
        return object(fields);
    }

    static String object(Map<String, String> rawFields) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        rawFields.forEach((name, raw) -> json.add("\"" + name + "\":" + raw));
        return json.toString();
    }

    /** The claims of a main-system access token, each as raw JSON, to change one at a time. */
    static final class Claims {

        private final Map<String, String> raw = new LinkedHashMap<>();

        static Claims access(long userId) {
            Instant now = Instant.now();
            return new Claims()
                    .with("token_type", "\"access\"")
                    .with("exp", Long.toString(now.plus(Duration.ofMinutes(5)).getEpochSecond()))
                    .with("iat", Long.toString(now.minus(Duration.ofMinutes(1)).getEpochSecond()))
                    .with("jti", "\"" + UUID.randomUUID().toString().replace("-", "") + "\"")
                    .with("user_id", Long.toString(userId));
        }

        Claims with(String name, String rawJson) {
            raw.put(name, rawJson);
            return this;
        }

        Claims without(String name) {
            raw.remove(name);
            return this;
        }

        String json() {
            return object(raw);
        }
    }
}
