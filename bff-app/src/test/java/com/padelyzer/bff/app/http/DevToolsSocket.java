package com.padelyzer.bff.app.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One DevTools protocol session over {@code java.net.http}'s WebSocket: a command waits (bounded) for its answer;
 * of the events, the console errors, uncaught exceptions and requests are kept.
 */
final class DevToolsSocket {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

    private final WebSocket socket;
    private final JsonMapper json;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    DevToolsSocket(HttpClient http, URI target, JsonMapper json) {
        this.json = json;
        this.socket = http.newWebSocketBuilder().buildAsync(target, new Listener()).join();
    }

    /** Console errors, uncaught exceptions and Content-Security-Policy violations seen so far. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every request of the page (documents, scripts, styles, fetches) since {@code Network.enable}: "GET http://...". */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The command's result; its error, or no answer within 15 s, as an exception. */
    JsonNode send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode message = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (message.get("error") != null) {
                throw new IllegalStateException(method + ": " + text(message.get("error")));
            }
            return message.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + COMMAND_TIMEOUT.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    private void received(String text) throws IOException {
        JsonNode message = json.readValue(text, JsonNode.class);
        JsonNode id = message.get("id");
        if (id != null) {
            CompletableFuture<JsonNode> answer = pending.get(id.getNumberValue().intValue());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String method = message.get("method").getStringValue();
        JsonNode params = message.get("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> problems.add("exception: " + text(params.get("exceptionDetails")));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.get("type").getStringValue())) {
                    problems.add("console.error: " + text(params.get("args")));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.get("entry");
                if ("error".equals(entry.get("level").getStringValue())) {
                    JsonNode url = entry.get("url");
                    problems.add("log: " + entry.get("text").getStringValue()
                            + (url == null ? "" : " (" + url.getStringValue() + ")"));
                }
            }
            case "Network.requestWillBeSent" -> requests.add(params.get("request").get("method").getStringValue() + " "
                    + params.get("request").get("url").getStringValue());
            default -> { }
        }
    }

    String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            return String.valueOf(node);
        }
    }

    void abort() {
        socket.abort();
    }

    /** Collects each message's parts and hands whole messages on. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                try {
                    received(text);
                } catch (IOException | RuntimeException e) {
                    problems.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
