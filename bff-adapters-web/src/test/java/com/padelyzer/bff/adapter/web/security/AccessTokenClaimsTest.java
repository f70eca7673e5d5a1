package com.padelyzer.bff.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The claims an access token of the main system must carry, checked on the claims alone (the signature and the
 * expiry itself are micronaut-security's): {@code token_type} access, a positive {@code user_id}, an {@code exp}.
 * Whether the digits of a user id as a JSON string pass is the validator's choice and is not pinned here.
 */
class AccessTokenClaimsTest {

    private final AccessTokenTypeValidator<Object> validator = new AccessTokenTypeValidator<>();

    private static JWTClaimsSet.Builder accessToken() {
        return new JWTClaimsSet.Builder()
                .claim("token_type", "access")
                .claim("user_id", 42L)
                .jwtID("jti-1")
                .expirationTime(Date.from(Instant.parse("2026-12-01T12:10:00Z")));
    }

    private boolean accepts(UnaryOperator<JWTClaimsSet.Builder> change) {
        return validator.validate(new JwtClaimsSetAdapter(change.apply(accessToken()).build()), null);
    }

    @Test
    void accepts_an_access_token_with_a_positive_integer_user_id() {
        assertThat(accepts(token -> token)).isTrue();
        for (Object userId : List.of(1, 1L, Integer.MAX_VALUE, Long.MAX_VALUE)) {
            assertThat(accepts(token -> token.claim("user_id", userId))).as("user_id %s", userId).isTrue();
        }
    }

    @Test
    void refuses_a_refresh_token_or_one_without_a_type() {
        assertThat(accepts(token -> token.claim("token_type", "refresh"))).isFalse();
        assertThat(accepts(token -> token.claim("token_type", "ACCESS"))).isFalse();
        assertThat(accepts(token -> token.claim("token_type", null))).isFalse();
    }

    @Test
    void refuses_a_user_id_that_is_missing_not_positive_or_not_plain_digits() {
        assertThat(accepts(token -> token.claim("user_id", null))).isFalse();
        for (Object userId : List.of(0, 0L, -1L, Long.MIN_VALUE, "0", "-1", "01", "+1", "1.0", " 1", "1 ", "",
                "abc", "12345678901234567890", true, List.of(1))) {
            assertThat(accepts(token -> token.claim("user_id", userId))).as("user_id %s", userId).isFalse();
        }
    }

    @Test
    void refuses_a_token_without_an_expiry() {
        assertThat(accepts(token -> token.expirationTime(null))).isFalse();
    }
}
