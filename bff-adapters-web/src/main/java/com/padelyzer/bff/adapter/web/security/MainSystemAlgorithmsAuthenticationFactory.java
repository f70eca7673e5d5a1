package com.padelyzer.bff.adapter.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * Authenticates only tokens signed as the main system signs them: HS256 with the shared secret, RS256 with a key of
 * the JWKS. micronaut-security verifies whatever its keys can (an HS384 token made with the HS256 secret, for one);
 * the main system issues no such token, so it opens nothing.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class MainSystemAlgorithmsAuthenticationFactory extends DefaultJwtAuthenticationFactory {

    static final Set<JWSAlgorithm> ISSUED = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256);

    MainSystemAlgorithmsAuthenticationFactory(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder) {
        super(tokenConfiguration, rolesFinder);
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        if (token instanceof SignedJWT signed && ISSUED.contains(signed.getHeader().getAlgorithm())) {
            return super.createAuthentication(token);
        }
        return Optional.empty();
    }
}
