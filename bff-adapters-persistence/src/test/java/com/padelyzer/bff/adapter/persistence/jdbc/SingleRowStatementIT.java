package com.padelyzer.bff.adapter.persistence.jdbc;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleRowStatementIT implements TestPropertyProvider {

    private final TestDatabase db = TestDatabase.shared();

    @Inject
    SingleRowStatement statement;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", db.user(),
                "datasources.default.password", db.password(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", "false");
    }

    @Test
    void reads_the_first_row_with_parameters_bound_in_order_nulls_included() {
        assertThat(statement.readFirstRow("echo",
                SqlFragment.of("SELECT CAST(? AS text) || '/' || coalesce(CAST(? AS text), '-')", "a", null),
                row -> row.getString(1))).contains("a/-");
    }

    @Test
    void answers_empty_when_the_statement_returns_no_row() {
        assertThat(statement.readFirstRow("nothing", SqlFragment.of("SELECT 1 WHERE false"), row -> row.getInt(1)))
                .isEmpty();
    }

    @Test
    void reports_the_store_unavailable_at_once_when_the_work_waited_longer_than_the_connection_wait_for_its_thread() {
        ThreadWait.overran(Duration.ofMillis(2_500));
        try {
            assertThatThrownBy(() -> statement.readFirstRow("late", SqlFragment.of("SELECT 1"), row -> row.getInt(1)))
                    .isExactlyInstanceOf(StoreUnavailableException.class)
                    .hasMessage("no connection for late: the request waited 2500 ms for a thread, longer than the "
                            + "connection wait");
        } finally {
            ThreadWait.clear();
        }
        assertThat(statement.readFirstRow("on time", SqlFragment.of("SELECT 1"), row -> row.getInt(1))).contains(1);
    }

    @Test
    void reports_a_failing_statement_as_an_illegal_state_without_its_sql() {
        assertThatThrownBy(() -> statement.readFirstRow("broken",
                SqlFragment.of("SELECT secret_column FROM no_such_table"), row -> row.getString(1)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("reading broken failed (SQLState 42P01)")
                .hasMessageNotContaining("no_such_table");
    }
}
