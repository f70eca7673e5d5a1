package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The court-day port of {@link ClubDayAdapter}, which serves both club-day ports. */
@MicronautTest(startApplication = false, transactional = false)
class CourtDayAdapterIT extends PostgresBackedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Inject
    LoadCourtDaySnapshotPort days;

    @Test
    void loads_the_owning_clubs_day_with_that_courts_reservations_and_its_own_or_club_wide_blocks() {
        UUID organization = fixtures.organization("Padel Pista");
        UUID club = fixtures.club(organization, true, null);
        UUID asked = fixtures.court(club, organization, 1, true, false, "400");
        UUID neighbour = fixtures.court(club, organization, 2, true, false, "400");
        fixtures.schedule(club, organization, 1, "09:00", "21:00", false, true);
        UUID mine = fixtures.reservation(club, organization, asked, null, "2026-12-01", "10:00", "11:00",
                "confirmed", true);
        fixtures.reservation(club, organization, asked, null, "2026-12-01", "11:00", "12:00", "cancelled", true);
        fixtures.reservation(club, organization, asked, null, "2026-12-02", "10:00", "11:00", "pending", true);
        fixtures.reservation(club, organization, neighbour, null, "2026-12-01", "10:00", "11:00", "pending", true);
        fixtures.blockedSlot(club, organization, asked, "2026-12-01T15:00:00Z",
                "2026-12-01T16:00:00Z", true);
        fixtures.blockedSlot(club, organization, null, "2026-12-01T17:00:00Z", "2026-12-01T18:00:00Z", true);
        fixtures.blockedSlot(club, organization, neighbour, "2026-12-01T15:00:00Z", "2026-12-01T16:00:00Z", true);

        ClubDay day = inOneStatement(() -> days.loadCourtDay(new CourtId(asked), DAY)).orElseThrow();

        assertThat(day.club().id()).isEqualTo(new ClubId(club));
        assertThat(day.club().zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(day.schedule().entries()).hasSize(1);
        assertThat(day.courts()).extracting(Court::id).containsExactly(new CourtId(asked), new CourtId(neighbour));
        assertThat(day.reservations()).extracting(Reservation::id).containsExactly(new ReservationId(mine));
        assertThat(day.blockedSlots()).extracting(BlockedSlot::courtId).containsExactly(new CourtId(asked), null);
    }

    @Test
    void answers_empty_for_an_unknown_court() {
        assertThat(inOneStatement(() -> days.loadCourtDay(new CourtId(UUID.randomUUID()), DAY))).isEmpty();
    }
}
