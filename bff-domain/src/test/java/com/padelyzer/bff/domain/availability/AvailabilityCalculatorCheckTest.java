package com.padelyzer.bff.domain.availability;

import static com.padelyzer.bff.domain.fixtures.Reservations.confirmed;
import static com.padelyzer.bff.domain.fixtures.Reservations.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The single slot check's own gates (range, court, opening hours) and which reservations it counts. */
class AvailabilityCalculatorCheckTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    /** Midnight in Mexico City on that Tuesday: nothing of the day is past yet. */
    private static final Instant DAY_START = Instant.parse("2026-12-01T06:00:00Z");

    private final Club club = Clubs.club();
    private final Court court = Courts.court(club);
    private final AvailabilityCalculator calculator = AvailabilityCalculator.standard();

    private ClubDay day(List<Court> courts, List<Reservation> reservations) {
        return new ClubDay(club, TUESDAY, Clubs.defaultSchedule(club), courts, reservations, List.of());
    }

    private Decision check(ClubDay day, Court which, String start, String end) {
        return calculator.check(day, which.id(), LocalTime.parse(start), LocalTime.parse(end), DAY_START);
    }

    /** Every half-hour range of the day (48 × 48 pairs) against the club's 08:00–22:00. */
    @Property(tries = 48 * 48, generation = GenerationMode.EXHAUSTIVE)
    void a_free_range_is_allowed_exactly_when_it_lies_within_the_opening_hours(
            @ForAll @IntRange(max = 47) int startHalfHour, @ForAll @IntRange(max = 47) int endHalfHour) {
        Assume.that(endHalfHour > startHalfHour);
        LocalTime start = LocalTime.MIN.plusMinutes(startHalfHour * 30L);
        LocalTime end = LocalTime.MIN.plusMinutes(endHalfHour * 30L);
        boolean withinHours = !start.isBefore(LocalTime.of(8, 0)) && !end.isAfter(LocalTime.of(22, 0));

        Decision decision = calculator.check(day(List.of(court), List.of()), court.id(), start, end, DAY_START);

        assertThat(decision).isEqualTo(withinHours ? Decision.allowed() : Decision.denied(AvailabilityCalculator.CLOSED));
    }

    @Test
    void a_closed_day_is_closed_even_within_its_configured_hours() {
        ClubDay closed = new ClubDay(club, TUESDAY, Clubs.schedule(club, Clubs.closed(1)), List.of(court), List.of(),
                List.of());
        assertThat(check(closed, court, "12:00", "13:00")).isEqualTo(Decision.denied(AvailabilityCalculator.CLOSED));
    }

    @Test
    void a_court_in_maintenance_or_inactive_is_unavailable_even_when_free() {
        Court maintained = Courts.inMaintenance(club);
        Court inactive = Courts.inactive(club);
        ClubDay day = day(List.of(court, maintained, inactive), List.of());
        assertThat(check(day, maintained, "12:00", "13:00"))
                .isEqualTo(Decision.denied(AvailabilityCalculator.COURT_UNAVAILABLE));
        assertThat(check(day, inactive, "12:00", "13:00"))
                .isEqualTo(Decision.denied(AvailabilityCalculator.COURT_UNAVAILABLE));
        assertThat(check(day, court, "12:00", "13:00")).isEqualTo(Decision.allowed());
    }

    @Test
    void only_holding_reservations_of_the_checked_court_make_it_reserved() {
        Court other = Courts.court(club);
        ClubDay day = day(List.of(court, other), List.of(confirmed(other, TUESDAY, "12:00", "13:00"),
                reservation(court, TUESDAY, "12:00", "13:00", ReservationStatus.CANCELLED),
                reservation(court, TUESDAY, "14:00", "15:00", ReservationStatus.PENDING)));
        assertThat(check(day, court, "12:00", "13:00")).isEqualTo(Decision.allowed());
        assertThat(check(day, other, "12:00", "13:00")).isEqualTo(Decision.denied("reserved"));
        assertThat(check(day, court, "14:30", "15:30")).isEqualTo(Decision.denied("reserved"));
    }

    @Test
    void refuses_a_range_that_does_not_end_after_it_starts() {
        ClubDay day = day(List.of(court), List.of());
        assertThatThrownBy(() -> check(day, court, "12:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check(day, court, "13:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
