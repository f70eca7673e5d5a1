package com.padelyzer.bff.app.embedded;

import com.padelyzer.bff.app.Application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server started as a user starts it, on the embedded default: a JVM of its own on a free port, its output
 * collected line by line. Closing it stops the process (forcibly after 30 s).
 */
final class EmbeddedDefaultProcess implements AutoCloseable {

    private static final String BANNER_END = "================================================";

    private final Process process;
    private final int port;
    private final List<String> lines = new ArrayList<>();

    private EmbeddedDefaultProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::collectOutput, "embedded-default-output");
        reader.setDaemon(true);
        reader.start();
    }

    static EmbeddedDefaultProcess start() throws IOException {
        return start(Map.of());
    }

    /** With {@code environment} added to a clean one (no BFF_ variable of the caller's). */
    static EmbeddedDefaultProcess start(Map<String, String> environment) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("BFF_"));
        builder.environment().put("BFF_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        return new EmbeddedDefaultProcess(builder.start(), port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The banner's lines once it is printed in full; fails if the process dies or {@code limit} passes first. */
    List<String> awaitBanner(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (lines) {
                int end = lines.lastIndexOf(BANNER_END);
                int start = indexOfBannerStart();
                if (start >= 0 && end > start) {
                    return List.copyOf(lines.subList(start, end + 1));
                }
            }
            Thread.sleep(50);
        }
        synchronized (lines) {
            throw new AssertionError("no banner within " + limit + " (alive: " + process.isAlive() + "); the last "
                    + "lines: " + lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
    }

    private int indexOfBannerStart() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("==== Padel BFF: embedded default ready")) {
                return i;
            }
        }
        return -1;
    }

    private void collectOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ended) {
            // the process is gone; awaitBanner reports it
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
