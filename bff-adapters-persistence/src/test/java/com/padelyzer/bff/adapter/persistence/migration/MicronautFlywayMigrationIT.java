package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * micronaut-flyway runs the real migrations at startup with exactly the settings the application needs:
 * the non-transactional Flyway lock, without which V3's CREATE INDEX CONCURRENTLY waits forever.
 */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicronautFlywayMigrationIT implements TestPropertyProvider {

    private final TestDatabase db = TestDatabase.createEmpty();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", db.user(),
                "datasources.default.password", db.password(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", "true",
                "flyway.datasources.default.locations", "classpath:db/migration",
                "flyway.datasources.default.properties." + TestDatabase.FLYWAY_TRANSACTIONAL_LOCK, "false");
    }

    @Test
    void migrates_to_the_last_version_with_all_indexes_valid_when_the_application_context_starts() {
        assertThat(db.queryColumn("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(db.queryColumn("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname LIKE 'idx_bff_%' AND i.indisvalid")).containsExactly("8");
    }
}
