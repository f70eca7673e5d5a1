package com.padelyzer.bff.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class StartupModeTest {

    /** The refusal comes before Micronaut starts: a JVM start and a few classes. */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(60);

    @Test
    void runs_the_embedded_default_when_no_database_is_named() {
        assertThat(StartupMode.fromEnvironment(Map.of())).isInstanceOf(StartupMode.Embedded.class);
        assertThat(StartupMode.fromEnvironment(Map.of("BFF_DB_URL", " "))).isInstanceOf(StartupMode.Embedded.class);
    }

    @Test
    void an_external_database_needs_the_shared_jwt_secret() {
        assertThat(StartupMode.fromEnvironment(Map.of("BFF_DB_URL", "jdbc:postgresql://db/padelyzer",
                "BFF_JWT_SECRET", "s3cret"))).isInstanceOf(StartupMode.External.class);
        assertThatThrownBy(() -> StartupMode.fromEnvironment(Map.of("BFF_DB_URL", "jdbc:postgresql://db/padelyzer")))
                .isInstanceOf(MisconfiguredStartException.class)
                .hasMessageContaining("BFF_JWT_SECRET").hasMessageContaining("refusing to start");
    }

    @Test
    void the_server_process_refuses_to_start_on_an_external_database_without_the_secret_and_says_why()
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("startup-mode", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("BFF_"));
        builder.environment().put("BFF_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        // into a file, not a pipe: reading a pipe would wait as long as the process lives
        builder.redirectErrorStream(true).redirectOutput(output.toFile());

        Process process = builder.start();
        try {
            if (!process.waitFor(EXIT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("the server process was still running after " + EXIT_LIMIT + " instead of refusing to start; it "
                        + "printed: " + Files.readString(output, StandardCharsets.UTF_8));
            }
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("BFF_JWT_SECRET")
                    .contains("refusing to start");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
