package com.padelyzer.bff.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.inject.Singleton;

/**
 * Accepts only the main system's access tokens: {@code token_type} is {@code access} (a refresh token must not
 * open the API), {@code user_id} is a positive JSON integer (simplejwt writes the integer primary key as it is: a
 * string, a fraction or a number past a {@code long} is no user id) and an expiry is set (micronaut-security's own
 * validator checks it; without this rule a token with no {@code exp} would never expire).
 */
@OpenAPIDefinition(
        info = @Info(title = "Padel BFF", version = "${project.version}",
                description = "The read-optimised Backend-For-Frontend of the Padelyzer club dashboard (SPEC §5)."),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An HS256 access token of the main system (simplejwt): user_id, token_type=access, exp, jti.")
@Singleton
final class AccessTokenTypeValidator<T> implements GenericJwtClaimsValidator<T> {

    static final String TOKEN_TYPE = "token_type";
    static final String USER_ID = "user_id";

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return "access".equals(claims.get(TOKEN_TYPE)) && isUserId(claims.get(USER_ID))
                && claims.get(Claims.EXPIRATION_TIME) != null;
    }

    private static boolean isUserId(Object value) {
        return (value instanceof Long || value instanceof Integer) && ((Number) value).longValue() > 0;
    }
}
