package com.padelyzer.bff.domain.availability;

import static com.padelyzer.bff.domain.fixtures.Reservations.confirmed;
import static com.padelyzer.bff.domain.fixtures.Reservations.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.slot.SlotLength;
import com.padelyzer.bff.domain.slot.TimeSlot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    /** 10:15 in Mexico City on that Tuesday. */
    private static final Instant NOW = Instant.parse("2026-12-01T16:15:00Z");

    private final Club club = Clubs.club();
    private final Court court = Courts.court(club);
    private final AvailabilityCalculator calculator = AvailabilityCalculator.standard();

    private ClubDay day(List<Court> courts, List<Reservation> reservations, List<BlockedSlot> blocked) {
        return new ClubDay(club, TUESDAY, Clubs.defaultSchedule(club), courts, reservations, blocked);
    }

    private static BlockedSlot block(Court court, String from, String to) {
        return new BlockedSlot(court.clubId(), court.id(), new TimeSlot(Instant.parse(from), Instant.parse(to)),
                "maintenance", true);
    }

    private List<String> reasons(ClubAvailability availability) {
        return availability.courts().get(0).slots().stream()
                .map(s -> s.reason().orElse("free")).toList();
    }

    @Test
    void ranks_past_over_blocked_over_reserved_and_counts_partial_overlaps() {
        List<Reservation> reservations = List.of(confirmed(court, TUESDAY, "09:00", "13:30"),
                reservation(court, TUESDAY, "15:30", "16:30", ReservationStatus.PENDING));
        List<BlockedSlot> blocked = List.of(block(court, "2026-12-01T14:30:00Z", "2026-12-01T18:30:00Z"));
        ClubAvailability result = calculator.availability(day(List.of(court), reservations, blocked),
                SlotLength.DEFAULT, Set.of(), NOW);
        assertThat(reasons(result).subList(0, 10)).containsExactly(
                "past", "past", "past", "blocked", "blocked", "reserved", "free", "reserved", "reserved", "free");
    }

    @Test
    void ignores_cancelled_no_show_completed_and_inactive_reservations_and_touching_ones() {
        List<Reservation> reservations = List.of(
                reservation(court, TUESDAY, "12:00", "13:00", ReservationStatus.CANCELLED),
                reservation(court, TUESDAY, "13:00", "14:00", ReservationStatus.NO_SHOW),
                reservation(court, TUESDAY, "14:00", "15:00", ReservationStatus.COMPLETED),
                Reservations.deactivated(confirmed(court, TUESDAY, "15:00", "16:00")),
                confirmed(court, TUESDAY, "17:00", "18:00"));
        ClubAvailability result = calculator.availability(day(List.of(court), reservations, List.of()),
                SlotLength.DEFAULT, Set.of(), NOW);
        assertThat(reasons(result).subList(4, 11))
                .containsExactly("free", "free", "free", "free", "free", "reserved", "free");
    }

    @Test
    void a_whole_club_block_applies_to_every_court_and_another_courts_block_does_not() {
        Court other = Courts.court(club);
        BlockedSlot wholeClub = new BlockedSlot(club.id(), null, new TimeSlot(
                Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-01T21:00:00Z")), "tournament", true);
        List<BlockedSlot> blocked = List.of(wholeClub, block(other, "2026-12-01T22:00:00Z", "2026-12-01T23:00:00Z"));
        ClubAvailability result = calculator.availability(day(List.of(court, other), List.of(), blocked),
                SlotLength.DEFAULT, Set.of(), NOW);
        assertThat(reasons(result).subList(6, 9)).containsExactly("blocked", "free", "free");
        assertThat(result.courts().get(1).slots().get(8).reason()).contains("blocked");
    }

    @Test
    void lists_only_bookable_requested_courts_and_prices_a_ninety_minute_slot() {
        Court second = Courts.court(club, "300", 30);
        ClubDay day = day(List.of(court, second, Courts.inMaintenance(club), Courts.inactive(club)), List.of(), List.of());
        ClubAvailability all = calculator.availability(day, new SlotLength(90), Set.of(), NOW);
        assertThat(all.courts()).extracting(CourtAvailability::court).containsExactly(court, second);
        assertThat(all.courts().get(0).slots().get(0).price()).isEqualByComparingTo(new BigDecimal("675"));
        assertThat(all.courts().get(1).slots().get(0).slot().startTime()).isEqualTo(LocalTime.of(8, 30));
        ClubAvailability one = calculator.availability(day, new SlotLength(90), Set.of(second.id()), NOW);
        assertThat(one.courts()).extracting(CourtAvailability::court).containsExactly(second);
    }

    @Test
    void a_closed_day_lists_the_courts_with_no_slots() {
        ClubDay closed = new ClubDay(club, TUESDAY, Clubs.schedule(club, Clubs.closed(1)), List.of(court),
                List.of(), List.of());
        ClubAvailability result = calculator.availability(closed, SlotLength.DEFAULT, Set.of(), NOW);
        assertThat(result.hours().open()).isFalse();
        assertThat(result.courts()).singleElement().satisfies(c -> assertThat(c.slots()).isEmpty());
        assertThat(result.summary().totalSlots()).isZero();
        assertThat(result.summary().occupancyRate()).isEqualByComparingTo("0");
    }

    @Test
    void the_single_check_follows_the_same_rules_and_reasons() {
        ClubDay day = day(List.of(court), List.of(confirmed(court, TUESDAY, "18:00", "19:30")),
                List.of(block(court, "2026-12-01T18:00:00Z", "2026-12-01T19:00:00Z")));
        assertThat(check(day, "09:00", "10:00")).isEqualTo(Decision.denied("past"));
        assertThat(check(day, "11:30", "13:00")).isEqualTo(Decision.denied("blocked"));
        assertThat(check(day, "19:00", "20:00")).isEqualTo(Decision.denied("reserved"));
        assertThat(check(day, "19:30", "21:00")).isEqualTo(Decision.allowed());
        assertThat(check(day, "21:30", "22:30")).isEqualTo(Decision.denied(AvailabilityCalculator.CLOSED));
        assertThat(calculator.check(day, Courts.court(club).id(), LocalTime.of(19, 30), LocalTime.of(21, 0), NOW))
                .isEqualTo(Decision.denied(AvailabilityCalculator.COURT_UNAVAILABLE));
    }

    private Decision check(ClubDay day, String start, String end) {
        return calculator.check(day, court.id(), LocalTime.parse(start), LocalTime.parse(end), NOW);
    }
}
