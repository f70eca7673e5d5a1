package com.padelyzer.bff.adapter.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Mints the main system's HS256 access tokens with the secret of application-test.yml. */
public final class AccessTokens {

    static final String SECRET = "test-secret-of-the-main-system-at-least-32-characters";
    public static final String TOKEN_ID = "jti-of-the-test-token";

    private AccessTokens() {
    }

    public static String forUser(long userId) {
        Instant issued = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("token_type", "access")
                .claim("user_id", userId)
                .jwtID(TOKEN_ID)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
