package com.padelyzer.bff.app;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Verifies the main system's HS256 tokens with the shared secret ({@code BFF_JWT_SECRET}, SPEC §4). */
@Factory
final class SecurityFactory {

    @Singleton
    @Named("main-system")
    @Requires(property = "bff.jwt.secret", pattern = ".+")
    SecretSignature mainSystemSignature(@Value("${bff.jwt.secret}") String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("main-system");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
