package com.padelyzer.bff.adapter.persistence.catalog;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.adapter.persistence.statement.DatabaseWork;
import com.padelyzer.bff.application.port.out.IndexStatistics;
import com.padelyzer.bff.application.port.out.LoadIndexStatisticsPort;
import com.padelyzer.bff.adapter.persistence.statement.DatabaseWorkMeter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexStatisticsAdapterIT implements TestPropertyProvider {

    private final TestDatabase db = TestDatabase.shared();

    @Inject
    LoadIndexStatisticsPort statistics;

    @Inject
    DatabaseWorkMeter work;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", db.jdbcUrl(), "datasources.default.username", db.user(),
                "datasources.default.password", db.password(), "flyway.datasources.default.enabled", "false");
    }

    @Test
    void reports_the_seven_targeted_indexes_with_their_definitions_and_counts_scans_in_one_statement() {
        db.execute("SELECT count(*) FROM clubs_court WHERE club_id = gen_random_uuid() AND is_active");

        work.startMeasuring();
        IndexStatistics read = statistics.loadIndexStatistics();
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.statements()).isEqualTo(1);
        assertThat(read.indexes()).extracting(IndexStatistics.Index::name).containsExactly(
                "idx_bff_club_schedules", "idx_bff_clubs_organization", "idx_bff_courts_club_active",
                "idx_bff_reservations_analytics", "idx_bff_reservations_availability",
                "idx_bff_reservations_time_slots", "idx_bff_user_memberships");
        assertThat(read.indexes()).allSatisfy(index -> {
            assertThat(index.valid()).isTrue();
            assertThat(index.backsConstraint()).isFalse();
            assertThat(index.sizeBytes()).isPositive();
            assertThat(index.definition()).startsWith("CREATE INDEX " + index.name());
        });
        assertThat(read.indexes()).filteredOn(i -> i.name().equals("idx_bff_reservations_time_slots"))
                .singleElement().satisfies(i -> assertThat(i.definition()).contains("WHERE"));
        assertThat(read.countingSince()).isBefore(Instant.now());
    }
}
