package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.change.DataChangeListener;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.ResponseCachePort;
import com.padelyzer.bff.domain.club.ClubId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composition root wires PostgreSQL's change notifications to cache invalidation: the listener starts with the
 * context (on the datasource's own settings), a committed write evicts exactly its keys, and closing the context
 * ends the listener's session.
 */
class ChangeListeningIT {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    /** A database of its own, migrated by the context, so the session count below is this class's alone. */
    private static TestDatabase db;

    @BeforeAll
    static void create_a_database() {
        db = TestDatabase.createEmpty();
    }

    private static ApplicationContext start() {
        return ApplicationContext.run(TestContexts.on(db, Map.of()));
    }

    @Test
    void the_listener_is_connected_once_the_context_has_started_and_gone_once_it_is_closed() {
        ApplicationContext context = start();
        try {
            assertThat(listenerSessions()).as("sessions before anyone asked for the listener bean").isEqualTo(1);
            assertThat(context.getBean(DataChangeListener.class).isConnected()).isTrue();
        } finally {
            context.close();
        }

        assertThat(context.isRunning()).isFalse();
        assertThat(eventually(() -> listenerSessions() == 0)).as("no listener session left").isTrue();
    }

    @Test
    void a_committed_reservation_evicts_its_clubs_availability_of_that_date_within_a_second() {
        try (ApplicationContext context = start()) {
            ResponseCachePort cache = context.getBean(ResponseCachePort.class);
            CacheKeys keys = context.getBean(CacheKeys.class);
            ClubId club = new ClubId(UUID.randomUUID());
            String thatDay = keys.availability(club, DEC_1, Set.of(), 60);
            String nextDay = keys.availability(club, DEC_1.plusDays(1), Set.of(), 60);
            long mark = cache.evictionMark();
            assertThat(cache.keep(thatDay, availabilityEntry(), mark)).isTrue();
            assertThat(cache.keep(nextDay, availabilityEntry(), mark)).isTrue();

            db.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, "
                    + "end_time) VALUES ('" + UUID.randomUUID() + "', '" + club + "', '" + UUID.randomUUID()
                    + "', '" + DEC_1 + "', '19:00', '20:30')");

            assertThat(eventually(() -> cache.find(thatDay).isEmpty())).as("that day's entry evicted").isTrue();
            assertThat(cache.find(nextDay)).as("the next day's entry").isPresent();
        }
    }

    private static CachedResponse availabilityEntry() {
        return new CachedResponse("{}".getBytes(StandardCharsets.UTF_8), "\"etag\"", Instant.now(),
                Duration.ofMinutes(1), CacheType.AVAILABILITY);
    }

    private static int listenerSessions() {
        return Integer.parseInt(db.queryColumn("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                + "current_database() AND application_name = '" + DataChangeListener.APPLICATION_NAME + "'").get(0));
    }

    /** Polls {@code condition} for up to a second (SPEC §9's freshness bound). */
    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
