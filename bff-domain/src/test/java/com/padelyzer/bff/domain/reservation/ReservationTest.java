package com.padelyzer.bff.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final Court court = Courts.court(Clubs.club());

    @Test
    void rejects_a_reservation_that_does_not_end_after_it_starts() {
        assertThatThrownBy(() -> Reservations.confirmed(court, DAY, "10:00", "10:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reservations.confirmed(court, DAY, "11:00", "10:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confirmed_and_completed_count_while_pending_and_confirmed_hold_the_court() {
        assertThat(ReservationStatus.values()).filteredOn(ReservationStatus::isCounted)
                .containsExactly(ReservationStatus.CONFIRMED, ReservationStatus.COMPLETED);
        assertThat(ReservationStatus.values()).filteredOn(ReservationStatus::holdsCourt)
                .containsExactly(ReservationStatus.PENDING, ReservationStatus.CONFIRMED);
        Reservation inactive = Reservations.deactivated(Reservations.confirmed(court, DAY, "10:00", "11:30"));
        assertThat(inactive.isCounted()).isFalse();
        assertThat(inactive.holdsCourt()).isFalse();
        assertThat(inactive.durationMinutes()).isEqualTo(90);
        assertThat(ReservationStatus.fromCode("no_show")).isEqualTo(ReservationStatus.NO_SHOW);
    }
}
