package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/** The settings of an application context of a test's own: it migrates a database at startup, so it gets one. */
final class TestContexts {

    static final String JWT_SECRET = "a-secret-that-is-long-enough-for-hs256-signing";

    private TestContexts() {
    }

    /** {@code settings} on {@code database}, with a JWT secret (required outside the embedded default). */
    static Map<String, Object> on(TestDatabase database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.user());
        properties.put("datasources.default.password", database.password());
        properties.put("bff.jwt.secret", JWT_SECRET);
        return properties;
    }
}
