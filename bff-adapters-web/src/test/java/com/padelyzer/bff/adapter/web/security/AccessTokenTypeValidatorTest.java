package com.padelyzer.bff.adapter.web.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.ParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** The main system's access token and each way a signed token can still fail to be one (claims parsed by Nimbus). */
class AccessTokenTypeValidatorTest {

    private static final String EXP = "\"exp\":4102444800";

    private final AccessTokenTypeValidator<Object> validator = new AccessTokenTypeValidator<>();

    private boolean accepts(String claimsJson) {
        try {
            return validator.validate(new JwtClaimsSetAdapter(JWTClaimsSet.parse(claimsJson)), null);
        } catch (ParseException e) {
            throw new IllegalArgumentException(claimsJson, e);
        }
    }

    @Test
    void accepts_an_access_token_with_a_positive_integer_user_id_and_an_expiry() {
        assertThat(accepts("{\"token_type\":\"access\",\"user_id\":102," + EXP + ",\"jti\":\"j\"}")).isTrue();
        assertThat(accepts("{\"token_type\":\"access\",\"user_id\":9223372036854775807," + EXP + "}")).isTrue();
    }

    @Test
    void refuses_a_token_without_an_expiry_which_would_never_expire() {
        assertThat(accepts("{\"token_type\":\"access\",\"user_id\":102,\"jti\":\"j\"}")).isFalse();
    }

    @Test
    void refuses_a_refresh_token_and_a_token_without_a_type() {
        assertThat(accepts("{\"token_type\":\"refresh\",\"user_id\":102," + EXP + "}")).isFalse();
        assertThat(accepts("{\"user_id\":102," + EXP + "}")).isFalse();
    }

    @ParameterizedTest(name = "user_id {0}")
    @ValueSource(strings = {"0", "-102", "\"102\"", "\"abc\"", "102.0", "102.5", "1.02e2", "99999999999999999999",
            "null", "true", "[102]", "{\"id\":102}"})
    void refuses_a_user_id_that_is_not_a_positive_json_integer(String userId) {
        assertThat(accepts("{\"token_type\":\"access\",\"user_id\":" + userId + "," + EXP + "}")).isFalse();
    }

    @Test
    void refuses_a_token_without_a_user_id() {
        assertThat(accepts("{\"token_type\":\"access\"," + EXP + "}")).isFalse();
    }
}
