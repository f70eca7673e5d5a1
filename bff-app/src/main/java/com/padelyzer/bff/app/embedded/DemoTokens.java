package com.padelyzer.bff.app.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Access tokens shaped like the main system's (djangorestframework-simplejwt, SPEC §4), signed with a secret
 * made for this run of the embedded default. Never used against an external database.
 */
final class DemoTokens {

    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final int SECRET_BYTES = 48;

    private final String secret;
    private final Clock clock;

    private DemoTokens(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    static DemoTokens withGeneratedSecret(Clock clock) {
        byte[] bytes = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new DemoTokens(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock);
    }

    String secret() {
        return secret;
    }

    String accessTokenFor(long userId) {
        Instant issuedAt = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("token_type", "access")
                .claim("user_id", userId)
                .jwtID(UUID.randomUUID().toString().replace("-", ""))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a demo token", e);
        }
        return jwt.serialize();
    }
}
