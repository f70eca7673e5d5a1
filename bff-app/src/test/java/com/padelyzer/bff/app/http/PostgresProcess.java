package com.padelyzer.bff.app.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb in {@code target/}, a free loopback port, no fsync), so a test can
 * freeze it (SIGSTOP of the postmaster and every backend), stop and start it, and terminate its backends, without
 * touching the machine's shared server. Run as the {@code postgres} OS user when the JVM is root (initdb refuses
 * root). Binaries from {@code BFF_TEST_PG_BIN} (default {@code /usr/lib/postgresql/15/bin}).
 */
final class PostgresProcess implements AutoCloseable {

    private static final String OS_USER = "postgres";

    private final Path directory;
    private final int port;
    private final String bin;
    private final boolean asRoot;

    private PostgresProcess(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        this.bin = System.getenv().getOrDefault("BFF_TEST_PG_BIN", "/usr/lib/postgresql/15/bin");
        this.asRoot = "root".equals(System.getProperty("user.name"));
    }

    static PostgresProcess start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path directory = Files.createDirectories(Path.of("target")).toAbsolutePath()
                .resolve("pg-" + port + "-" + ProcessHandle.current().pid());
        Files.createDirectories(directory);
        PostgresProcess postgres = new PostgresProcess(directory, port);
        postgres.ownByServerUser();
        postgres.run(postgres.bin + "/initdb", "-D", postgres.data().toString(), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8");
        postgres.startAgain();
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return "postgres";
    }

    void startAgain() throws IOException, InterruptedException {
        run(bin + "/pg_ctl", "-D", data().toString(), "-l", directory.resolve("server.log").toString(), "-w",
                "-t", "20", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c max_connections=30", "start");
    }

    /** A fast shutdown: sessions are ended, connections refused until {@link #startAgain()}. */
    void stop() throws IOException, InterruptedException {
        run(bin + "/pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "20", "stop");
    }

    /** SIGSTOP to the postmaster and every process under it: connections stay open, nothing answers. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT to the postmaster and every process under it. */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** Terminates every backend of this cluster's database but the caller's own; returns how many. */
    int terminateBackends() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), "");
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                     + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A connection of the caller's own, outside any pool. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), "");
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).trim());
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(postmaster)));
        ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)
                .forEach(child -> command.add(Long.toString(child.pid())));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        kill.getInputStream().readAllBytes();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    private void ownByServerUser() throws IOException {
        if (!asRoot) {
            return;
        }
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(directory, users.lookupPrincipalByName(OS_USER));
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asRoot) {
            line.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    /** Thaws (in case a test left it frozen), stops the cluster and deletes its directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                thaw();
                run(bin + "/pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "-t", "20", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
