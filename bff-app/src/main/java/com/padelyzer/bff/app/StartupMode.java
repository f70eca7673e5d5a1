package com.padelyzer.bff.app;

import java.util.Map;

/**
 * How the server starts, decided from the environment before anything else runs (SPEC §8): on the embedded
 * default when {@code BFF_DB_URL} is unset, else against that database, which then requires the JWT secret
 * shared with the main system.
 */
sealed interface StartupMode {

    record Embedded() implements StartupMode {
    }

    record External() implements StartupMode {
    }

    static StartupMode fromEnvironment(Map<String, String> environment) {
        if (isBlank(environment.get("BFF_DB_URL"))) {
            return new Embedded();
        }
        if (isBlank(environment.get("BFF_JWT_SECRET"))) {
            throw new MisconfiguredStartException("BFF_DB_URL points at an external database but BFF_JWT_SECRET "
                    + "(the HS256 secret shared with the main system) is not set: refusing to start, since the "
                    + "main system's tokens could not be verified. Set BFF_JWT_SECRET, or unset BFF_DB_URL to run "
                    + "the embedded default with generated demo tokens.");
        }
        return new External();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
