package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A datasource pointing at a port where nothing listens: the pool starts lazily and every read times out. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreOutageIT implements TestPropertyProvider {

    @Inject
    LoadUserAccessPort users;

    @Inject
    LoadClubDaySnapshotPort days;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/postgres",
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.initialization-fail-timeout", "-1",
                "datasources.default.connection-timeout", "1000",
                "flyway.datasources.default.enabled", "false");
    }

    @Test
    void reports_the_store_unavailable_when_the_database_does_not_answer() {
        assertThatThrownBy(() -> users.loadUserAccess(new UserId(1)))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageNotContaining("SELECT");
        assertThatThrownBy(() -> days.loadClubDay(new ClubId(UUID.randomUUID()), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(StoreUnavailableException.class);
    }
}
