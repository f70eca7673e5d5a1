package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.schedule.ScheduleEntry;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows the main system may write that the domain would reject, written with plain SQL: each club still loads, with
 * the fallbacks of docs/decisions/0019.
 */
@MicronautTest(startApplication = false, transactional = false)
class HostileRowsIT extends PostgresBackedTest {

    /** A Tuesday (weekday 1). */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final DateWindow DECEMBER = new DateWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

    @Inject
    LoadClubDaySnapshotPort days;

    @Inject
    LoadClubAnalyticsSnapshotPort analytics;

    @Inject
    LoadUserAccessPort users;

    @Test
    void an_unknown_surface_is_unknown_and_a_negative_court_price_is_zero() {
        UUID organization = fixtures.organization("Padel Superficie");
        UUID club = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "-450.00");
        db.execute("UPDATE clubs_court SET surface_type = 'césped' WHERE id = '" + court + "'");

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.courts()).singleElement().satisfies(loaded -> {
            assertThat(loaded.surfaceType()).isEqualTo(SurfaceType.UNKNOWN);
            assertThat(loaded.pricePerHour()).isEqualByComparingTo("0").hasToString("0.00");
        });
    }

    @Test
    void schedule_rows_of_a_weekday_outside_zero_to_six_are_left_out() {
        UUID organization = fixtures.organization("Padel Semana");
        UUID club = fixtures.club(organization, true, null);
        fixtures.schedule(club, organization, -1, "06:00", "07:00", false, true);
        fixtures.schedule(club, organization, 1, "09:00", "21:00", false, true);
        fixtures.schedule(club, organization, 7, "06:00", "07:00", false, true);
        fixtures.schedule(club, organization, 42, "06:00", "07:00", false, true);

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.schedule().entries()).extracting(ScheduleEntry::weekday).containsExactly(1);
        assertThat(day.hours().opensAt()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_club_closing_at_midnight_stored_as_00_00_or_24_00_is_open_until_the_end_of_the_day() {
        UUID organization = fixtures.organization("Padel Medianoche");
        UUID atZero = fixtures.club(organization, true, null);
        db.execute("UPDATE clubs_club SET closing_time = '00:00' WHERE id = '" + atZero + "'");
        UUID atTwentyFour = fixtures.club(organization, true, null);
        db.execute("UPDATE clubs_club SET closing_time = '24:00' WHERE id = '" + atTwentyFour + "'");
        UUID byRow = fixtures.club(organization, true, null);
        fixtures.schedule(byRow, organization, 1, "10:00", "24:00", false, true);

        for (UUID club : new UUID[]{atZero, atTwentyFour}) {
            ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();
            assertThat(day.club().closingTime()).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(day.hours().openMinutes()).as("08:00 to midnight").isEqualTo(16 * 60);
        }
        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(byRow), DAY)).orElseThrow();
        assertThat(day.hours().closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(day.hours().openMinutes()).isEqualTo(14 * 60);
    }

    @Test
    void an_address_key_holding_json_null_is_left_out_never_the_text_null() {
        UUID organization = fixtures.organization("Padel Dirección");
        UUID club = fixtures.club(organization, true, null);
        db.execute("UPDATE clubs_club SET address = '{\"street\": \"Reforma 1\", \"city\": null, \"state\": null}' "
                + "WHERE id = '" + club + "'");
        UUID nullAddress = fixtures.club(organization, true, null);
        db.execute("UPDATE clubs_club SET address = 'null'::jsonb WHERE id = '" + nullAddress + "'");

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();
        ClubDay withoutAddress = inOneStatement(() -> days.loadClubDay(new ClubId(nullAddress), DAY)).orElseThrow();

        assertThat(day.club().address()).containsExactly(java.util.Map.entry("street", "Reforma 1"));
        assertThat(day.club().city()).isEmpty();
        assertThat(withoutAddress.club().address()).isEmpty();
    }

    @Test
    void a_blocked_slot_from_minus_infinity_to_infinity_blocks_the_whole_day() {
        UUID organization = fixtures.organization("Padel Infinito");
        UUID club = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "450.00");
        fixtures.blockedSlot(club, organization, court, "-infinity", "infinity", true);

        ClubDay day = inOneStatement(() -> days.loadClubDay(new ClubId(club), DAY)).orElseThrow();

        assertThat(day.blockedSlots()).singleElement().satisfies(blocked -> {
            assertThat(blocked.span().start()).isEqualTo(TextValues.FAR_PAST);
            assertThat(blocked.span().end()).isEqualTo(TextValues.FAR_FUTURE);
        });
        assertThat(day.blockedSlots()).extracting(BlockedSlot::isActive).containsExactly(true);
    }

    @Test
    void negative_reservation_prices_are_no_price_and_an_infinite_profile_date_is_clamped() {
        UUID organization = fixtures.organization("Padel Negativo");
        UUID club = fixtures.club(organization, true, null);
        UUID court = fixtures.court(club, organization, 1, true, false, "450.00");
        long player = fixtures.user(null);
        fixtures.clientProfile(player, organization, "infinity");
        UUID reservation = fixtures.reservation(club, organization, court, player, "2026-12-02", "08:00", "09:00",
                "confirmed", true);
        db.execute("UPDATE reservations_reservation SET price_per_hour = -100, total_price = -900.50 WHERE id = '"
                + reservation + "'");

        ClubAnalyticsSnapshot snapshot = inOneStatement(
                () -> analytics.loadAnalyticsSnapshot(new ClubId(club), DECEMBER)).orElseThrow();

        assertThat(snapshot.reservations()).singleElement().satisfies(loaded -> {
            assertThat(loaded.ownPricePerHour()).isEmpty();
            assertThat(loaded.totalPrice()).isEqualByComparingTo("0").hasToString("0.00");
        });
        assertThat(snapshot.courts()).extracting(Court::pricePerHour).containsExactly(new BigDecimal("450.00"));
        assertThat(snapshot.clientProfiles())
                .containsExactly(new ClientProfile(new UserId(player), TextValues.FAR_FUTURE));
        assertThat(snapshot.reservations()).extracting(Reservation::durationMinutes).containsExactly(60L);
    }

    @Test
    void infinite_user_and_membership_dates_are_clamped() {
        UUID organization = fixtures.organization("Padel Rol");
        UUID known = fixtures.club(organization, true, null);
        long user = fixtures.user(organization);
        db.execute("UPDATE authentication_user SET last_login = 'infinity', date_joined = '-infinity' WHERE id = "
                + user);
        fixtures.organizationMembership(user, organization, "org_admin", true, "-infinity");
        fixtures.clubMembership(user, known, "member", true, "infinity");

        UserAccess access = inOneStatement(() -> users.loadUserAccess(new UserId(user))).orElseThrow();

        assertThat(access.clubMemberships()).singleElement()
                .satisfies(membership -> assertThat(membership.createdAt()).isEqualTo(TextValues.FAR_FUTURE));
        assertThat(access.organizationMemberships()).singleElement()
                .satisfies(membership -> assertThat(membership.joinedAt()).isEqualTo(TextValues.FAR_PAST));
        assertThat(access.user().lastLogin()).isEqualTo(TextValues.FAR_FUTURE);
        assertThat(access.user().dateJoined()).isEqualTo(TextValues.FAR_PAST);
    }
}
