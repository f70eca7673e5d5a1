package com.padelyzer.bff.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One raw HTTP exchange over {@link HttpURLConnection}, which sends the target as written (raw {@code []} in a
 * query too) and hands back any status without throwing.
 */
public record HttpCall(int status, Map<String, String> headers, String body) {

    public static HttpCall get(String baseUrl, String target, String token, String... headerPairs) {
        return send("GET", baseUrl, target, token, null, headerPairs);
    }

    public static HttpCall post(String baseUrl, String target, String token, String json) {
        return send("POST", baseUrl, target, token, json);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    static HttpCall send(String method, String baseUrl, String target, String token, String json,
                         String... headerPairs) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + target).openConnection();
            connection.setRequestMethod(method);
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            for (int i = 0; i < headerPairs.length; i += 2) {
                connection.setRequestProperty(headerPairs[i], headerPairs[i + 1]);
            }
            if (json != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            Map<String, String> headers = new LinkedHashMap<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    headers.put(name.toLowerCase(), String.join(",", values));
                }
            });
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new HttpCall(status, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
