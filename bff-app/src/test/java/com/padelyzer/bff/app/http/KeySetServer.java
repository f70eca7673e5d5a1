package com.padelyzer.bff.app.http;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public key sets on loopback, counting how often each is fetched: the main system's (what {@code BFF_JWKS_URL}
 * names) and an attacker's (which no server may ever fetch).
 */
final class KeySetServer implements AutoCloseable {

    private static final String MAIN_SYSTEM = "/.well-known/jwks.json";
    private static final String ATTACKER = "/attacker/jwks.json";

    private final HttpServer server;
    private final AtomicInteger mainSystemFetches = new AtomicInteger();
    private final AtomicInteger attackerFetches = new AtomicInteger();

    private KeySetServer(HttpServer server) {
        this.server = server;
    }

    static KeySetServer start(JWKSet mainSystem, JWKSet attacker) throws IOException {
        KeySetServer keys = new KeySetServer(
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        keys.serve(MAIN_SYSTEM, mainSystem, keys.mainSystemFetches);
        keys.serve(ATTACKER, attacker, keys.attackerFetches);
        keys.server.start();
        return keys;
    }

    private void serve(String path, JWKSet keySet, AtomicInteger fetches) {
        byte[] body = keySet.toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            fetches.incrementAndGet();
            respond(exchange, body);
        });
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    String mainSystemUrl() {
        return url(MAIN_SYSTEM);
    }

    String attackerUrl() {
        return url(ATTACKER);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int mainSystemFetches() {
        return mainSystemFetches.get();
    }

    int attackerFetches() {
        return attackerFetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
