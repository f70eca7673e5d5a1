package com.padelyzer.bff.app.embedded;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-18T18:00:00Z");

    private final DemoTokens tokens = DemoTokens.withGeneratedSecret(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mints_a_main_system_access_token_for_the_user_that_lives_twelve_hours() throws Exception {
        SignedJWT token = SignedJWT.parse(tokens.accessTokenFor(42));
        JWTClaimsSet claims = token.getJWTClaimsSet();

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token.verify(new MACVerifier(tokens.secret()))).isTrue();
        assertThat(claims.getClaim("user_id")).isEqualTo(42L);
        assertThat(claims.getStringClaim("token_type")).isEqualTo("access");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(claims.getNotBeforeTime()).isNull();
    }

    @Test
    void every_token_has_its_own_jti() throws Exception {
        assertThat(SignedJWT.parse(tokens.accessTokenFor(42)).getJWTClaimsSet().getJWTID())
                .isNotBlank()
                .isNotEqualTo(SignedJWT.parse(tokens.accessTokenFor(42)).getJWTClaimsSet().getJWTID());
    }

    @Test
    void every_run_signs_with_a_new_secret_long_enough_for_hs256() {
        DemoTokens another = DemoTokens.withGeneratedSecret(Clock.systemUTC());

        assertThat(Base64.getUrlDecoder().decode(tokens.secret())).hasSizeGreaterThanOrEqualTo(32);
        assertThat(another.secret()).isNotEqualTo(tokens.secret());
    }
}
