package com.padelyzer.bff.domain.availability;

import static com.padelyzer.bff.domain.fixtures.Reservations.confirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilitySummarizerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** 09:30 in Mexico City: the 08:00 and 09:00 slots are past. */
    private static final Instant NOW = Instant.parse("2026-12-01T15:30:00Z");

    private final Club club = Clubs.club();

    @Test
    void counts_slots_and_picks_the_three_busiest_start_times_in_time_order() {
        Court a = Courts.court(club);
        Court b = Courts.court(club);
        Court c = Courts.court(club);
        List<Reservation> reservations = List.of(
                confirmed(a, DAY, "19:00", "21:00"), confirmed(b, DAY, "19:00", "21:00"), confirmed(c, DAY, "19:00", "20:00"),
                confirmed(a, DAY, "12:00", "13:00"), confirmed(b, DAY, "12:00", "13:00"),
                confirmed(a, DAY, "10:00", "11:00"),
                confirmed(a, DAY, "08:00", "09:00"));
        ClubDay day = new ClubDay(club, DAY, Clubs.defaultSchedule(club), List.of(a, b, c), reservations, List.of());
        AvailabilitySummary summary = AvailabilityCalculator.standard()
                .availability(day, SlotLength.DEFAULT, Set.of(), NOW).summary();
        // 3 courts × 14 slots; 6 past (08:00 and 09:00, the 08:00 reservation counts as past);
        // reserved: 19:00 ×3, 20:00 ×2, 12:00 ×2, 10:00 ×1 = 8
        assertThat(summary.totalSlots()).isEqualTo(42);
        assertThat(summary.reservedSlots()).isEqualTo(8);
        assertThat(summary.availableSlots()).isEqualTo(28);
        assertThat(summary.occupancyRate()).isEqualByComparingTo("19.05");
        assertThat(summary.peakHours()).containsExactly(LocalTime.of(12, 0), LocalTime.of(19, 0), LocalTime.of(20, 0));
    }

    @Test
    void reports_no_peak_hours_and_zero_rate_without_reservations() {
        Court a = Courts.court(club);
        ClubDay day = new ClubDay(club, DAY, Clubs.defaultSchedule(club), List.of(a), List.of(), List.of());
        AvailabilitySummary summary = AvailabilityCalculator.standard()
                .availability(day, SlotLength.DEFAULT, Set.of(), NOW).summary();
        assertThat(summary.peakHours()).isEmpty();
        assertThat(summary.occupancyRate()).isEqualByComparingTo("0");
        assertThat(summary.availableSlots()).isEqualTo(12);
    }
}
