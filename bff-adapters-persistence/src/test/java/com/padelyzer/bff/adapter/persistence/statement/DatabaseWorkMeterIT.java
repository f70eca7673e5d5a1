package com.padelyzer.bff.adapter.persistence.statement;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseWorkMeterIT implements TestPropertyProvider {

    private final TestDatabase db = TestDatabase.shared();

    @Inject
    DatabaseWorkMeter work;

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
    void counts_statements_repeats_and_time_of_the_measured_unit() {
        work.startMeasuring();
        select("SELECT 1");
        select("SELECT 1");
        select("SELECT 2");
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.statements()).isEqualTo(3);
        assertThat(done.duplicateStatements()).isEqualTo(1);
        assertThat(done.nanos()).isPositive();
    }

    @Test
    void counts_a_nested_measurements_statements_for_it_and_for_the_enclosing_one() {
        work.startMeasuring();
        select("SELECT 1");
        work.startMeasuring();
        select("SELECT 2");
        select("SELECT 3");
        DatabaseWork inner = work.finishMeasuring();
        select("SELECT 4");
        DatabaseWork outer = work.finishMeasuring();

        assertThat(inner.statements()).isEqualTo(2);
        assertThat(outer.statements()).isEqualTo(4);
    }

    @Test
    void counts_nothing_outside_a_measurement() {
        select("SELECT 1");

        assertThat(work.finishMeasuring()).isEqualTo(DatabaseWork.NONE);
    }

    private void select(String sql) {
        statement.readFirstRow("probe", SqlFragment.of(sql), row -> row.getInt(1));
    }
}
