package com.padelyzer.bff.app.embedded;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerIT {

    @Test
    void starts_a_postgres_that_answers_queries_whoever_runs_the_jvm() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start();
             Connection connection = DriverManager.getConnection(server.jdbcUrl());
             ResultSet result = connection.createStatement().executeQuery("select gen_random_uuid() is not null, current_user")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBoolean(1)).isTrue();
            assertThat(result.getString(2)).isEqualTo(server.user());
        }
    }
}
