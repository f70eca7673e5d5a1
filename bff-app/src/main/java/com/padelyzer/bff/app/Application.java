package com.padelyzer.bff.app;

import com.padelyzer.bff.app.embedded.EmbeddedDefault;
import io.micronaut.runtime.Micronaut;

/** Starts the BFF: on the embedded default (SPEC §1) or against the database named by {@code BFF_DB_URL}. */
public final class Application {

    /** Activates application-jwks.yml: RS256 tokens verified against BFF_JWKS_URL. */
    private static final String JWKS_ENVIRONMENT = "jwks";

    private Application() {
    }

    public static void main(String[] args) {
        StartupMode mode;
        try {
            mode = StartupMode.fromEnvironment(System.getenv());
        } catch (MisconfiguredStartException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Micronaut micronaut = Micronaut.build(args).mainClass(Application.class);
        if (!isBlank(System.getenv("BFF_JWKS_URL"))) {
            micronaut.environments(JWKS_ENVIRONMENT);
        }
        if (mode instanceof StartupMode.Embedded) {
            try {
                EmbeddedDefault.start().run(micronaut);
            } catch (RuntimeException failure) {
                System.err.println("The embedded default could not start: " + failure.getMessage());
                failure.printStackTrace();
                System.exit(1);
            }
        } else {
            micronaut.start();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
