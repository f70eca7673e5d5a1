package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class ClubAnalyticsAdapterIT extends PostgresBackedTest {

    private static final DateWindow NOVEMBER = new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @Inject
    LoadClubAnalyticsSnapshotPort analytics;

    @Test
    void loads_counted_reservations_dated_inside_the_window_bounds_included_in_one_statement() {
        UUID organization = fixtures.organization("Padel Analítica");
        UUID club = fixtures.club(organization, true, null);
        UUID otherClub = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "450.00");
        UUID otherCourt = fixtures.court(otherClub, organization, 1, true, false, "450.00");
        fixtures.schedule(club, organization, 5, "08:00", "14:00", false, true);
        fixtures.schedule(club, organization, 6, "08:00", "14:00", true, false);
        long player = fixtures.user(null);
        UUID first = fixtures.reservation(club, organization, court, player, "2026-11-01", "08:00", "09:30",
                "confirmed", true);
        UUID last = fixtures.reservation(club, organization, court, null, "2026-11-30", "20:00", "21:00",
                "completed", true);
        fixtures.reservation(club, organization, court, player, "2026-10-31", "08:00", "09:00", "confirmed", true);
        fixtures.reservation(club, organization, court, player, "2026-12-01", "08:00", "09:00", "completed", true);
        fixtures.reservation(club, organization, court, player, "2026-11-15", "08:00", "09:00", "pending", true);
        fixtures.reservation(club, organization, court, player, "2026-11-15", "09:00", "10:00", "cancelled", true);
        fixtures.reservation(club, organization, court, player, "2026-11-15", "10:00", "11:00", "no_show", true);
        fixtures.reservation(club, organization, court, player, "2026-11-15", "11:00", "12:00", "confirmed", false);
        fixtures.reservation(otherClub, organization, otherCourt, player, "2026-11-15", "08:00", "09:00",
                "confirmed", true);

        ClubAnalyticsSnapshot snapshot = inOneStatement(
                () -> analytics.loadAnalyticsSnapshot(new ClubId(club), NOVEMBER)).orElseThrow();

        assertThat(snapshot.club().id()).isEqualTo(new ClubId(club));
        assertThat(snapshot.club().zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(snapshot.schedule().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.weekday()).isEqualTo(5));
        assertThat(snapshot.courts()).extracting(Court::pricePerHour).containsExactly(new BigDecimal("450.00"));
        assertThat(snapshot.reservations()).extracting(Reservation::id)
                .containsExactlyInAnyOrder(new ReservationId(first), new ReservationId(last));
        Reservation opening = reservation(snapshot, first);
        assertThat(opening.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(opening.creator()).contains(new UserId(player));
        assertThat(opening.durationMinutes()).isEqualTo(90);
        assertThat(opening.totalPrice()).isEqualByComparingTo("900.50").hasToString("900.50");
        assertThat(reservation(snapshot, last).creator()).isEmpty();
    }

    private static Reservation reservation(ClubAnalyticsSnapshot snapshot, UUID id) {
        return snapshot.reservations().stream().filter(r -> r.id().equals(new ReservationId(id))).findFirst()
                .orElseThrow();
    }

    @Test
    void loads_client_profiles_only_of_the_counted_reservations_creators() {
        UUID organization = fixtures.organization("Padel Clientes");
        UUID club = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "450.00");
        long regular = fixtures.user(null);
        long newcomer = fixtures.user(null);
        long lapsed = fixtures.user(null);
        long bystander = fixtures.user(null);
        long noProfile = fixtures.user(null);
        fixtures.clientProfile(regular, organization, "2024-06-01T12:00:00Z");
        fixtures.clientProfile(newcomer, organization, "2026-11-20T05:30:00Z");
        fixtures.clientProfile(lapsed, organization, "2025-01-01T00:00:00Z");
        fixtures.clientProfile(bystander, organization, "2025-01-01T00:00:00Z");
        fixtures.reservation(club, organization, court, regular, "2026-11-03", "08:00", "09:00", "confirmed", true);
        fixtures.reservation(club, organization, court, regular, "2026-11-04", "08:00", "09:00", "completed", true);
        fixtures.reservation(club, organization, court, newcomer, "2026-11-21", "08:00", "09:00", "confirmed", true);
        fixtures.reservation(club, organization, court, noProfile, "2026-11-22", "08:00", "09:00", "confirmed", true);
        fixtures.reservation(club, organization, court, lapsed, "2026-10-03", "08:00", "09:00", "confirmed", true);
        fixtures.reservation(club, organization, court, lapsed, "2026-11-05", "08:00", "09:00", "cancelled", true);

        ClubAnalyticsSnapshot snapshot = inOneStatement(
                () -> analytics.loadAnalyticsSnapshot(new ClubId(club), NOVEMBER)).orElseThrow();

        assertThat(snapshot.clientProfiles()).containsExactlyInAnyOrder(
                new ClientProfile(new UserId(regular), Instant.parse("2024-06-01T12:00:00Z")),
                new ClientProfile(new UserId(newcomer), Instant.parse("2026-11-20T05:30:00Z")));
        assertThat(snapshot.reservations()).hasSize(4);
    }

    @Test
    void loads_a_club_without_reservations_with_empty_lists() {
        UUID organization = fixtures.organization("Padel Vacío");
        UUID club = fixtures.club(organization, true, "Europe/Madrid");

        ClubAnalyticsSnapshot snapshot = inOneStatement(
                () -> analytics.loadAnalyticsSnapshot(new ClubId(club), NOVEMBER)).orElseThrow();

        assertThat(snapshot.club().zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(snapshot.courts()).isEmpty();
        assertThat(snapshot.schedule().entries()).isEmpty();
        assertThat(snapshot.reservations()).isEmpty();
        assertThat(snapshot.clientProfiles()).isEmpty();
    }

    @Test
    void answers_empty_for_an_unknown_club() {
        assertThat(inOneStatement(() -> analytics.loadAnalyticsSnapshot(new ClubId(UUID.randomUUID()), NOVEMBER)))
                .isEmpty();
    }
}
