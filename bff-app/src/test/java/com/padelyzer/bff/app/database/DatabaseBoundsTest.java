package com.padelyzer.bff.app.database;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseBoundsTest {

    private static final DatabaseBounds DEFAULTS = new DatabaseBounds(Duration.ofSeconds(2), Duration.ofSeconds(3));

    @Test
    void the_pool_waits_the_connection_wait_and_checks_an_idle_connection_in_half_of_it() {
        assertThat(DEFAULTS.connectionTimeoutMillis()).isEqualTo(2_000);
        assertThat(DEFAULTS.validationTimeoutMillis()).isEqualTo(1_000);
        assertThat(DEFAULTS.connectSeconds()).isEqualTo(2);
    }

    @Test
    void the_aliveness_check_stays_between_a_quarter_second_and_one_second() {
        assertThat(new DatabaseBounds(Duration.ofMillis(500), Duration.ofSeconds(3)).validationTimeoutMillis())
                .isEqualTo(250);
        assertThat(new DatabaseBounds(Duration.ofSeconds(30), Duration.ofSeconds(3)).validationTimeoutMillis())
                .isEqualTo(1_000);
    }

    @Test
    void the_driver_stops_reading_a_second_after_the_server_would_have_cancelled() {
        assertThat(DEFAULTS.statementTimeoutMillis()).isEqualTo(3_000);
        assertThat(DEFAULTS.socketTimeoutSeconds()).isEqualTo(4);
        assertThat(new DatabaseBounds(Duration.ofSeconds(2), Duration.ofMillis(2_500)).socketTimeoutSeconds())
                .isEqualTo(4);
    }

    @Test
    void driver_time_outs_in_seconds_round_up_so_they_never_cut_shorter_than_configured() {
        DatabaseBounds bounds = new DatabaseBounds(Duration.ofMillis(1_200), Duration.ofMillis(300));

        assertThat(bounds.connectSeconds()).isEqualTo(2);
        assertThat(bounds.socketTimeoutSeconds()).isEqualTo(2);
    }

    @Test
    void a_statement_of_a_request_waits_at_most_for_a_connection_its_check_and_the_socket_time_out() {
        assertThat(DEFAULTS.longestStatementWait()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void rejects_bounds_too_short_to_serve_anything() {
        assertThatThrownBy(() -> new DatabaseBounds(Duration.ofMillis(100), Duration.ofSeconds(3)))
                .hasMessageContaining("bff.database.connection-wait");
        assertThatThrownBy(() -> new DatabaseBounds(Duration.ofSeconds(2), Duration.ZERO))
                .hasMessageContaining("bff.database.statement-timeout");
    }
}
