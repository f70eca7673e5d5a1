package com.padelyzer.bff.app.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Tokens as the main system issues them (SPEC §4), and the broken ones it must reject. */
final class TestTokens {

    static final String SECRET = "test-secret-shared-with-the-main-system-0123456789";

    private TestTokens() {
    }

    static String accessToken(long userId) {
        return sign(claims(userId, "access", UUID.randomUUID().toString(), Instant.now().plus(Duration.ofMinutes(5))),
                SECRET);
    }

    static String accessTokenWithJti(long userId, String jti) {
        return sign(claims(userId, "access", jti, Instant.now().plus(Duration.ofMinutes(5))), SECRET);
    }

    static String expiredToken(long userId) {
        return sign(claims(userId, "access", UUID.randomUUID().toString(), Instant.now().minus(Duration.ofMinutes(5))),
                SECRET);
    }

    static String refreshToken(long userId) {
        return sign(claims(userId, "refresh", UUID.randomUUID().toString(), Instant.now().plus(Duration.ofDays(1))),
                SECRET);
    }

    static String tokenSignedWith(String otherSecret, long userId) {
        return sign(claims(userId, "access", UUID.randomUUID().toString(), Instant.now().plus(Duration.ofMinutes(5))),
                otherSecret);
    }

    static String unsignedToken(long userId) {
        return new PlainJWT(claims(userId, "access", UUID.randomUUID().toString(),
                Instant.now().plus(Duration.ofMinutes(5)))).serialize();
    }

    private static JWTClaimsSet claims(long userId, String type, String jti, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .claim("token_type", type)
                .claim("user_id", userId)
                .jwtID(jti)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
