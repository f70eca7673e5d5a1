package com.padelyzer.bff.app.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code /usr/bin/chromium}, headless, driving one page over the DevTools protocol ({@link DevToolsSocket}):
 * open, evaluate, wait for, click, type, screenshot. A fresh profile under {@code target/}; its flags keep it from
 * reaching anything but the pages it is sent to.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private final Process process;
    private final Path profile;
    private final DevToolsSocket devTools;

    private HeadlessChromium(Process process, Path profile, DevToolsSocket devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /**
     * Starts Chromium on a fresh {@code profile} directory, removed again by {@link #close()} (its output stays next
     * to it, {@code <profile>.log}). The test fails, never skips, when Debian's package is missing: .ci/run installs it.
     */
    static HeadlessChromium start(Path profile, JsonMapper json) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install -y chromium (.ci/run does)");
        }
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
                "--window-size=1280,900", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            int port = debuggingPort(profile.resolve("DevToolsActivePort"), process);
            HttpClient http = HttpClient.newHttpClient();
            URI page = pageSocket(http, port, json);
            return new HeadlessChromium(process, profile, new DevToolsSocket(http, page, json));
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static int debuggingPort(Path file, Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited with " + process.exitValue());
            }
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromium did not open its DevTools port within 20 s");
    }

    private static URI pageSocket(HttpClient http, int port, JsonMapper json) throws IOException, InterruptedException {
        HttpResponse<String> targets = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode list = json.readValue(targets.body(), JsonNode.class);
        for (JsonNode target : list.values()) {
            if ("page".equals(target.get("type").getStringValue())) {
                return URI.create(target.get("webSocketDebuggerUrl").getStringValue());
            }
        }
        throw new IllegalStateException("chromium has no page: " + targets.body());
    }

    /** Enables the events kept ({@link #problems()}, {@link #requests()}) and opens {@code url}. */
    void open(String url) {
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Network.enable", Map.of());
        send("Page.enable", Map.of());
        send("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression (promises awaited), or the exception's text as a failure. */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.get("exceptionDetails") != null) {
            throw new IllegalStateException("in the page: " + devTools.text(result.get("exceptionDetails")));
        }
        JsonNode value = result.get("result").get("value");
        return value == null ? JsonNode.nullNode() : value;
    }

    /** Waits (at most {@code timeout}) until {@code expression} is true in the page. */
    void waitUntil(String expression, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode value = evaluate("Boolean(" + expression + ")");
            if (value.isBoolean() && value.getBooleanValue()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true within " + timeout.toSeconds() + " s: " + expression);
            }
            Thread.sleep(200);
        }
    }

    /** A real mouse click in the middle of the element, as an operator's. */
    void click(String selector) {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        double x = box.get("x").getNumberValue().doubleValue();
        double y = box.get("y").getNumberValue().doubleValue();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left",
                    "clickCount", 1));
        }
    }

    /** Focuses the field and types {@code text} into it, as a paste would. */
    void type(String selector, String text) {
        evaluate("document.querySelector(" + quoted(selector) + ").focus()");
        send("Input.insertText", Map.of("text", text));
    }

    /** The whole page as a PNG. */
    void screenshot(Path file) throws IOException {
        JsonNode size = send("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", size.get("width").getNumberValue().doubleValue(),
                        "height", size.get("height").getNumberValue().doubleValue())));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").getStringValue()));
    }

    /** Console errors, uncaught exceptions and Content-Security-Policy violations seen so far. */
    List<String> problems() {
        return devTools.problems();
    }

    /** Every request of the page (documents, scripts, styles, fetches): method and URL. */
    List<String> requests() {
        return devTools.requests();
    }

    private JsonNode send(String method, Map<String, Object> params) {
        return devTools.send(method, params);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() throws InterruptedException {
        try {
            send("Browser.close", Map.of());
        } catch (RuntimeException e) {
            process.destroy();
        }
        devTools.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a profile left under target/ harms nobody
        }
    }
}
