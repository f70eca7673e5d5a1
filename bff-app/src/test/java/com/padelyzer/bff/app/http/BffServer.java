package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server, once per test JVM: the test run's own migrated database with {@link Fixture}'s data, the test
 * JWT secret, and "now" fixed at {@link Fixture#NOW} so hand-computed answers stay true on any day.
 */
final class BffServer {

    private static BffServer instance;
    private static BffServer caching;

    private final EmbeddedServer server;
    private final BlockingHttpClient client;
    private final JsonMapper json;

    private BffServer(EmbeddedServer server) {
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    static synchronized BffServer get() {
        if (instance == null) {
            instance = start(Map.of("bff.cache.responses", false, "bff.cache.callers", false));
        }
        return instance;
    }

    /** A second server on the same database that caches (answers and caller checks). */
    static synchronized BffServer caching() {
        if (caching == null) {
            caching = start(Map.of("bff.cache.responses", true));
        }
        return caching;
    }

    /** A server of the caller's own (stopped by the caller), on the same database, with {@code settings}. */
    static BffServer startWith(Map<String, Object> settings) {
        return start(settings);
    }

    /**
     * A server of the caller's own (stopped by the caller) on a database of the caller's own, which it migrates, with
     * {@code settings}.
     */
    static BffServer startOn(String jdbcUrl, String user, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", "");
        return run(properties);
    }

    /** A server of the caller's own (stopped by the caller) on {@code database}, which holds the caller's data. */
    static BffServer startOn(TestDatabase database, Map<String, Object> settings) {
        return start(database, settings);
    }

    void stop() {
        server.getApplicationContext().close();
    }

    private static BffServer start(Map<String, Object> settings) {
        return start(Fixture.loaded(), settings);
    }

    private static BffServer start(TestDatabase database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.user(),
                "datasources.default.password", database.password()));
        properties.putAll(settings);
        return run(properties);
    }

    private static BffServer run(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "bff.jwt.secret", TestTokens.SECRET,
                "test.fixed-instant", Fixture.NOW.toString(),
                // PostgreSQL's 100 connections are shared by every server of the test JVM (and other runs)
                "datasources.default.maximum-pool-size", 5));
        properties.putAll(settings);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return new BffServer(server);
    }

    EmbeddedServer embeddedServer() {
        return server;
    }

    /** Any status, never throwing: the body as text. */
    HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return client.exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    HttpResponse<String> get(String uri, String token) {
        return exchange(HttpRequest.GET(uri).bearerAuth(token));
    }

    String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return json.readValue(body(response), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
