package com.padelyzer.bff.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.schedule.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SlotGridTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    private static final LocalDate ORDINARY = LocalDate.of(2026, 12, 1);
    private static final OpeningHours EIGHT_TO_TEN = OpeningHours.openBetween(LocalTime.of(8, 0), LocalTime.of(22, 0));

    private final SlotGrid grid = new SlotGrid();

    private static List<String> starts(List<GridSlot> slots) {
        return slots.stream().map(s -> s.startTime().toString()).toList();
    }

    @Test
    void hourly_slots_run_from_opening_to_closing() {
        List<GridSlot> slots = grid.slotsFor(ORDINARY, EIGHT_TO_TEN, 0, SlotLength.DEFAULT, MEXICO);
        assertThat(slots).hasSize(14);
        assertThat(slots.get(0).span()).isEqualTo(new TimeSlot(
                Instant.parse("2026-12-01T14:00:00Z"), Instant.parse("2026-12-01T15:00:00Z")));
        assertThat(slots.get(13).endTime()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void ninety_minute_slots_stop_before_one_would_end_after_closing() {
        List<GridSlot> slots = grid.slotsFor(ORDINARY, EIGHT_TO_TEN, 0, new SlotLength(90), MEXICO);
        assertThat(starts(slots)).containsExactly(
                "08:00", "09:30", "11:00", "12:30", "14:00", "15:30", "17:00", "18:30", "20:00");
        assertThat(slots.get(8).endTime()).isEqualTo(LocalTime.of(21, 30));
    }

    @Test
    void a_court_offset_staggers_its_grid() {
        List<GridSlot> slots = grid.slotsFor(ORDINARY, EIGHT_TO_TEN, 30, SlotLength.DEFAULT, MEXICO);
        assertThat(slots).hasSize(13);
        assertThat(slots.get(0).startTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(slots.get(12).endTime()).isEqualTo(LocalTime.of(21, 30));
    }

    @Test
    void a_closed_day_has_no_slots() {
        OpeningHours closed = OpeningHours.closed(LocalTime.of(8, 0), LocalTime.of(22, 0));
        assertThat(grid.slotsFor(ORDINARY, closed, 0, SlotLength.DEFAULT, MEXICO)).isEmpty();
    }

    @Test
    void slots_starting_in_or_ending_after_the_start_of_the_spring_gap_are_not_offered() {
        OpeningHours night = OpeningHours.openBetween(LocalTime.MIDNIGHT, LocalTime.of(6, 0));
        List<GridSlot> slots = grid.slotsFor(SPRING_FORWARD, night, 0, SlotLength.DEFAULT, MADRID);
        assertThat(starts(slots)).containsExactly("00:00", "01:00", "03:00", "04:00", "05:00");
        assertThat(slots.get(1).span()).isEqualTo(new TimeSlot(
                Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z")));
        assertThat(slots.get(2).span().start()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        List<GridSlot> halfHours = grid.slotsFor(SPRING_FORWARD, night, 30, SlotLength.DEFAULT, MADRID);
        assertThat(starts(halfHours)).containsExactly("00:30", "03:30", "04:30");   // 01:30–02:30 ends inside the gap
    }

    @Test
    void a_slot_across_the_autumn_overlap_uses_summer_time_and_lasts_longer() {
        OpeningHours night = OpeningHours.openBetween(LocalTime.of(1, 0), LocalTime.of(4, 0));
        List<GridSlot> slots = grid.slotsFor(FALL_BACK, night, 0, SlotLength.DEFAULT, MADRID);
        assertThat(starts(slots)).containsExactly("01:00", "02:00", "03:00");
        assertThat(slots.get(1).span()).isEqualTo(new TimeSlot(
                Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T02:00:00Z")));
    }

    @Provide
    Arbitrary<LocalDate> transitionDays() {
        return Arbitraries.of(SPRING_FORWARD, FALL_BACK, SPRING_FORWARD.minusDays(1), FALL_BACK.plusDays(1));
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(2, 16).map(steps -> steps * 15);
    }

    @Property(tries = 1000)
    void grids_on_madrid_transition_days_increase_strictly_never_overlap_and_end_by_closing(
            @ForAll("transitionDays") LocalDate date, @ForAll @IntRange(max = 12 * 60) int opening,
            @ForAll @IntRange(min = 1, max = 23 * 60 + 59) int closing, @ForAll @IntRange(max = 120) int offset,
            @ForAll("lengths") int length) {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.ofSecondOfDay(opening * 60L),
                LocalTime.ofSecondOfDay(closing * 60L));
        List<GridSlot> slots = grid.slotsFor(date, hours, offset, new SlotLength(length), MADRID);
        for (int i = 0; i < slots.size(); i++) {
            GridSlot slot = slots.get(i);
            assertThat(slot.endTime()).isAfter(slot.startTime()).isBeforeOrEqualTo(hours.closesAt());
            assertThat(slot.startTime()).isAfterOrEqualTo(hours.opensAt());
            if (i > 0) {
                assertThat(slot.span().start()).isAfterOrEqualTo(slots.get(i - 1).span().end());
                assertThat(slot.span().overlaps(slots.get(i - 1).span())).isFalse();
            }
        }
    }
}
