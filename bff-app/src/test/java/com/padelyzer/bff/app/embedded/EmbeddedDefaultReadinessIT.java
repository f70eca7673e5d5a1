package com.padelyzer.bff.app.embedded;

import com.padelyzer.bff.app.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC §8, "ready means ready": the real server process on the embedded default, watched from outside. Whenever
 * {@code /health} first answers 200, and whenever the banner appears, the demo data must already be committed.
 * The demo data loads in one transaction, so a count above zero means all of it is in.
 */
class EmbeddedDefaultReadinessIT {

    private static final Pattern DATABASE_LINE = Pattern.compile("Embedded PostgreSQL started at (jdbc:\\S+);");
    private static final String BANNER_LINE = "==== Padel BFF: embedded default ready in";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final AtomicReference<String> jdbcUrl = new AtomicReference<>();
    private volatile boolean bannerPrinted;
    private Process server;

    @AfterEach
    void stop_the_server() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void health_is_up_and_the_banner_printed_only_once_the_demo_data_is_committed() throws Exception {
        int port = freePort();
        server = startServer(port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();

        Long reservationsWhenFirstHealthy = null;
        Long reservationsWhenBannerSeen = null;
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (reservationsWhenFirstHealthy == null || reservationsWhenBannerSeen == null) {
            if (System.nanoTime() > deadline || !server.isAlive()) {
                fail("the server did not become healthy and print its banner within " + STARTUP_LIMIT);
            }
            if (reservationsWhenFirstHealthy == null && answersOk(http, health)) {
                reservationsWhenFirstHealthy = committedReservations();
            }
            if (reservationsWhenBannerSeen == null && bannerPrinted) {
                reservationsWhenBannerSeen = committedReservations();
            }
            Thread.sleep(10);
        }

        assertThat(reservationsWhenFirstHealthy).as("reservations committed when /health first answered 200")
                .isPositive();
        assertThat(reservationsWhenBannerSeen).as("reservations committed when the banner appeared")
                .isEqualTo(reservationsWhenFirstHealthy);
        assertThat(committedReservations()).isEqualTo(reservationsWhenFirstHealthy);
    }

    private Process startServer(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // the server's own logging (src/main), not the tests' quieter logback-test.xml
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("BFF_"));
        builder.environment().put("BFF_PORT", Integer.toString(port));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Thread reader = new Thread(() -> watchOutput(process), "server-output");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private void watchOutput(Process process) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher database = DATABASE_LINE.matcher(line);
                if (database.find()) {
                    jdbcUrl.set(database.group(1));
                }
                if (line.startsWith(BANNER_LINE)) {
                    bannerPrinted = true;
                }
            }
        } catch (IOException ended) {
            // the process is gone; the test's deadline reports it
        }
    }

    private static boolean answersOk(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException notListeningYet) {
            return false;
        } catch (IOException closedWhileStarting) {
            return false;
        }
    }

    private long committedReservations() throws SQLException {
        String url = jdbcUrl.get();
        assertThat(url).as("the embedded database's URL, logged before the server can answer").isNotNull();
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet count = connection.createStatement()
                     .executeQuery("SELECT count(*) FROM reservations_reservation")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException tableNotMigratedYet) {
            if ("42P01".equals(tableNotMigratedYet.getSQLState())) {
                return 0;
            }
            throw tableNotMigratedYet;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
