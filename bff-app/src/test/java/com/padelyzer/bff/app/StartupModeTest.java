package com.padelyzer.bff.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupModeTest {

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
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        builder.environment().remove("BFF_JWT_SECRET");
        builder.environment().put("BFF_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        builder.redirectErrorStream(true);

        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("BFF_JWT_SECRET").contains("refusing to start");
    }
}
