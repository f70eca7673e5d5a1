package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.schedule.ScheduleEntry;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.slot.TimeSlot;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs with {@code bff.timezone} set to Europe/Madrid, to show the configured default zone reaches the clubs. */
@MicronautTest(startApplication = false, transactional = false)
class ClubDayAdapterIT extends PostgresBackedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Inject
    LoadClubDaySnapshotPort days;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("bff.timezone", "Europe/Madrid");
    }

    @Test
    void loads_the_club_its_active_schedule_rows_and_all_its_courts_in_one_statement() {
        UUID organization = fixtures.organization("Padel Día");
        UUID club = fixtures.club(organization, true, null);
        fixtures.schedule(club, organization, 1, "09:00", "21:00", false, true);
        fixtures.schedule(club, organization, 2, "10:00", "20:00", true, false);
        UUID open = fixtures.court(club, organization, 1, true, false, "450.00");
        UUID resting = fixtures.court(club, organization, 2, true, true, "380.5");
        UUID retired = fixtures.court(club, organization, 3, false, false, "0");

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.date()).isEqualTo(DAY);
        assertThat(day.club().id()).isEqualTo(new ClubId(club));
        assertThat(day.club().zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(day.club().openingTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(day.club().city()).isEqualTo("CDMX");
        assertThat(day.schedule().entries())
                .containsExactly(new ScheduleEntry(1, LocalTime.of(9, 0), LocalTime.of(21, 0), false, true));
        assertThat(day.hours().opensAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(day.courts()).containsExactly(
                new Court(new CourtId(open), new ClubId(club), "Pista 1", 1, SurfaceType.MESH,
                        new BigDecimal("450.00"), false, 30, true),
                new Court(new CourtId(resting), new ClubId(club), "Pista 2", 2, SurfaceType.MESH,
                        new BigDecimal("380.50"), true, 30, true),
                new Court(new CourtId(retired), new ClubId(club), "Pista 3", 3, SurfaceType.MESH,
                        new BigDecimal("0.00"), false, 30, false));
        assertThat(day.reservations()).isEmpty();
        assertThat(day.blockedSlots()).isEmpty();
    }

    @Test
    void keeps_the_clubs_own_time_zone_when_it_has_one() {
        UUID organization = fixtures.organization("Padel Bogotá");
        UUID club = fixtures.club(organization, true, "America/Bogota");

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.club().zone()).isEqualTo(ZoneId.of("America/Bogota"));
    }

    @Test
    void loads_only_active_pending_and_confirmed_reservations_of_that_date() {
        UUID organization = fixtures.organization("Padel Reservas");
        UUID club = fixtures.club(organization, true, null);
        UUID otherClub = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "400");
        UUID otherCourt = fixtures.court(otherClub, organization, 1, true, false, "400");
        long player = fixtures.user(null);
        UUID pending = fixtures.reservation(club, organization, court, player, "2026-12-01", "10:00", "11:30",
                "pending", true);
        UUID confirmed = fixtures.reservation(club, organization, court, null, "2026-12-01", "18:00", "19:00",
                "confirmed", true);
        fixtures.reservation(club, organization, court, player, "2026-12-01", "12:00", "13:00", "cancelled", true);
        fixtures.reservation(club, organization, court, player, "2026-12-01", "13:00", "14:00", "completed", true);
        fixtures.reservation(club, organization, court, player, "2026-12-01", "14:00", "15:00", "no_show", true);
        fixtures.reservation(club, organization, court, player, "2026-12-01", "15:00", "16:00", "confirmed", false);
        fixtures.reservation(club, organization, court, player, "2026-11-30", "10:00", "11:00", "confirmed", true);
        fixtures.reservation(club, organization, court, player, "2026-12-02", "10:00", "11:00", "confirmed", true);
        fixtures.reservation(otherClub, organization, otherCourt, player, "2026-12-01", "10:00", "11:00",
                "confirmed", true);

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.reservations()).containsExactly(
                new Reservation(new ReservationId(pending), new ClubId(club), new CourtId(court), new UserId(player),
                        DAY, LocalTime.of(10, 0), LocalTime.of(11, 30), ReservationStatus.PENDING, true, null,
                        new BigDecimal("900.50")),
                new Reservation(new ReservationId(confirmed), new ClubId(club), new CourtId(court), null,
                        DAY, LocalTime.of(18, 0), LocalTime.of(19, 0), ReservationStatus.CONFIRMED, true, null,
                        new BigDecimal("900.50")));
    }

    @Test
    void loads_the_active_blocked_slots_overlapping_the_day_before_to_the_day_after_in_utc() {
        UUID organization = fixtures.organization("Padel Bloqueos");
        UUID club = fixtures.club(organization, true, null);
        UUID otherClub = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "400");
        fixtures.blockedSlot(club, organization, court, "2026-11-29T20:00:00Z", "2026-11-30T00:00:00Z", true);
        fixtures.blockedSlot(club, organization, court, "2026-11-29T20:00:00Z", "2026-11-30T00:00:01Z", true);
        fixtures.blockedSlot(club, organization, null, "2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z", true);
        fixtures.blockedSlot(club, organization, court, "2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z", false);
        fixtures.blockedSlot(club, organization, court, "2026-12-02T23:00:00Z", "2026-12-03T02:00:00Z", true);
        fixtures.blockedSlot(club, organization, court, "2026-12-03T00:00:00Z", "2026-12-03T02:00:00Z", true);
        fixtures.blockedSlot(otherClub, organization, null, "2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z", true);

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.blockedSlots()).containsExactly(
                new BlockedSlot(new ClubId(club), new CourtId(court), new TimeSlot(
                        Instant.parse("2026-11-29T20:00:00Z"), Instant.parse("2026-11-30T00:00:01Z")),
                        "maintenance", true),
                new BlockedSlot(new ClubId(club), null, new TimeSlot(
                        Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T12:00:00Z")),
                        "maintenance", true),
                new BlockedSlot(new ClubId(club), new CourtId(court), new TimeSlot(
                        Instant.parse("2026-12-02T23:00:00Z"), Instant.parse("2026-12-03T02:00:00Z")),
                        "maintenance", true));
    }

    @Test
    void answers_empty_for_an_unknown_club() {
        assertThat(inOneStatement(() -> days.loadClubDay(new ClubId(UUID.randomUUID()), DAY))).isEmpty();
    }
}
