package com.padelyzer.bff.adapter.persistence.jdbc;

import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFailuresTest {

    @Test
    void treats_a_pool_timeout_as_the_store_being_unavailable() {
        assertThat(SqlFailures.translate("x", new SQLTransientConnectionException("pool timed out")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void treats_a_connection_class_sql_state_as_the_store_being_unavailable() {
        assertThat(SqlFailures.translate("x", new PSQLException("gone", PSQLState.CONNECTION_FAILURE)))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlFailures.translate("x", new SQLException("shutting down", "57P01")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void treats_a_refused_connection_anywhere_in_the_causes_as_the_store_being_unavailable() {
        assertThat(SqlFailures.translate("x", new SQLException("wrapped", "XX000", new ConnectException("refused"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void treats_a_statement_out_of_time_as_the_store_being_unavailable() {
        assertThat(SqlFailures.translate("x", new PSQLException("canceling statement due to statement timeout",
                PSQLState.QUERY_CANCELED))).isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlFailures.translate("x", new SQLException("could not obtain lock", "55P03")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlFailures.translate("x", new SQLTimeoutException("query timed out")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlFailures.translate("x", new SQLException("I/O error", "XX000",
                new SocketTimeoutException("Read timed out")))).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void treats_a_server_out_of_connections_as_the_store_being_unavailable() {
        assertThat(SqlFailures.translate("x", new SQLException("too many clients already", "53300")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void reports_other_sql_failures_as_an_illegal_state_naming_the_statement_and_state_only() {
        RuntimeException failure = SqlFailures.translate("club day",
                new SQLException("relation \"clubs_club\" does not exist", "42P01"));

        assertThat(failure).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("reading club day failed (SQLState 42P01)");
    }
}
