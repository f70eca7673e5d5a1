package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.adapter.persistence.statement.DatabaseWork;
import com.padelyzer.bff.adapter.persistence.statement.DatabaseWorkMeter;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Micronaut context on the JVM's shared, already migrated test database (Flyway off), plus fixtures and the
 * one-statement check every port call must pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PostgresBackedTest implements TestPropertyProvider {

    final TestDatabase db = TestDatabase.shared();
    final Fixtures fixtures = new Fixtures(db);

    @Inject
    DatabaseWorkMeter work;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", db.user(),
                "datasources.default.password", db.password(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", "false"));
        properties.putAll(extraProperties());
        return properties;
    }

    Map<String, String> extraProperties() {
        return Map.of();
    }

    /** Runs {@code call} under a measurement and asserts it sent exactly one SQL statement. */
    <T> T inOneStatement(Supplier<T> call) {
        work.startMeasuring();
        T result;
        DatabaseWork done;
        try {
            result = call.get();
        } finally {
            done = work.finishMeasuring();
        }
        assertThat(done.statements()).as("statements sent by one port call").isEqualTo(1);
        assertThat(done.duplicateStatements()).isZero();
        return result;
    }
}
