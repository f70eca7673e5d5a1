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
import java.util.UUID;

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
    void reports_the_eight_targeted_indexes_with_their_definitions_and_counts_scans_in_one_statement() {
        work.startMeasuring();
        IndexStatistics read = statistics.loadIndexStatistics();
        DatabaseWork done = work.finishMeasuring();

        assertThat(done.statements()).isEqualTo(1);
        assertThat(read.indexes()).extracting(IndexStatistics.Index::name).containsExactly(
                "idx_bff_club_schedules", "idx_bff_clubs_organization", "idx_bff_courts_club_active",
                "idx_bff_reservations_analytics", "idx_bff_reservations_availability",
                "idx_bff_reservations_time_slots", "idx_bff_slots_blocked_club_end", "idx_bff_user_memberships");
        assertThat(read.indexes()).allSatisfy(index -> {
            assertThat(index.valid()).isTrue();
            assertThat(index.backsConstraint()).isFalse();
            assertThat(index.sizeBytes()).isPositive();
            assertThat(index.definition()).startsWith("CREATE INDEX " + index.name());
        });
        assertThat(read.indexes()).filteredOn(i -> i.name().equals("idx_bff_reservations_time_slots"))
                .singleElement().satisfies(i -> assertThat(i.definition()).contains("WHERE"));
        assertThat(read.countingSince()).isBefore(Instant.now());
        assertThat(read.countingSince()).isEqualTo(Instant.parse(db.queryColumn("SELECT to_char(coalesce((SELECT "
                + "stats_reset FROM pg_stat_database WHERE datname = current_database()), pg_postmaster_start_time()) "
                + "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')").get(0)));
    }

    @Test
    void counts_the_scans_of_an_index_a_query_had_to_use() throws InterruptedException {
        long before = scansOf("idx_bff_courts_club_active");

        // a literal club id (a volatile gen_random_uuid() cannot be an index condition), sequential scans off
        db.execute("SET enable_seqscan = off; SET enable_bitmapscan = off; "
                + "SELECT count(*) FROM clubs_court WHERE club_id = '" + UUID.randomUUID() + "' AND is_active");

        long after = before;
        // the closed session's counts reach the statistics when its backend exits: wait for it, boundedly
        for (int attempt = 0; attempt < 50 && after <= before; attempt++) {
            Thread.sleep(100);
            after = scansOf("idx_bff_courts_club_active");
        }
        assertThat(after).as("scans of idx_bff_courts_club_active").isGreaterThan(before);
    }

    private long scansOf(String index) {
        return statistics.loadIndexStatistics().indexes().stream().filter(i -> i.name().equals(index))
                .findFirst().orElseThrow().scans();
    }
}
