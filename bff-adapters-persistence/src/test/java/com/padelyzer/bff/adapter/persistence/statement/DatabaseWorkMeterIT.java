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
        assertThat(done.similarStatements()).isZero();
        assertThat(done.nanos()).isPositive();
    }

    @Test
    void reports_a_statement_sent_twice_with_the_same_parameters_as_one_duplicate() {
        work.startMeasuring();
        select(SqlFragment.of("SELECT ?::int + 1", 41));
        select(SqlFragment.of("SELECT ?::int + 1", 41));
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.statements()).isEqualTo(2);
        assertThat(done.duplicateStatements()).isEqualTo(1);
        assertThat(done.similarStatements()).isZero();
    }

    @Test
    void reports_a_statement_sent_again_with_other_parameters_as_one_similar() {
        work.startMeasuring();
        select(SqlFragment.of("SELECT ?::int + 1", 41));
        select(SqlFragment.of("SELECT ?::int + 1", 42));
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.statements()).isEqualTo(2);
        assertThat(done.duplicateStatements()).isZero();
        assertThat(done.similarStatements()).isEqualTo(1);
    }

    @Test
    void tells_array_parameters_apart_by_their_content() {
        work.startMeasuring();
        select(SqlFragment.of("SELECT cardinality(?::text[])", (Object) new String[] {"a", "b"}));
        select(SqlFragment.of("SELECT cardinality(?::text[])", (Object) new String[] {"a", "b"}));
        select(SqlFragment.of("SELECT cardinality(?::text[])", (Object) new String[] {"a", "c"}));
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.duplicateStatements()).isEqualTo(1);
        assertThat(done.similarStatements()).isEqualTo(1);
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
        select(SqlFragment.of(sql));
    }

    private void select(SqlFragment sql) {
        statement.readFirstRow("probe", sql, row -> row.getInt(1));
    }
}
