package com.padelyzer.bff.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.slot.GridSlot;
import com.padelyzer.bff.domain.slot.SlotGrid;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final LocalDate ORDINARY = LocalDate.of(2026, 12, 1);
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Test
    void a_club_closing_at_midnight_is_open_until_the_end_of_the_day() {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.of(8, 0), LocalTime.MIDNIGHT);

        assertThat(hours.openMinutes()).isEqualTo(16 * 60);
        assertThat(hours.closingMinuteOfDay()).isEqualTo(24 * 60);
        assertThat(hours.covers(LocalTime.of(23, 0), LocalTime.of(23, 59))).isTrue();
    }

    @Test
    void a_closing_time_before_the_opening_time_still_gives_no_open_minutes() {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.of(8, 0), LocalTime.of(2, 0));

        assertThat(hours.openMinutes()).isZero();
        assertThat(hours.covers(LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
    }

    @Test
    void a_range_that_ends_before_or_when_it_starts_is_not_covered_even_within_the_hours() {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.of(8, 0), LocalTime.of(22, 0));

        assertThat(hours.covers(LocalTime.of(10, 0), LocalTime.of(9, 0))).isFalse();
        assertThat(hours.covers(LocalTime.of(10, 0), LocalTime.of(10, 0))).isFalse();
        assertThat(hours.covers(LocalTime.of(9, 0), LocalTime.of(10, 0))).isTrue();
    }

    @Test
    void a_closed_day_covers_nothing_even_when_it_closes_at_midnight() {
        OpeningHours hours = OpeningHours.closed(LocalTime.of(8, 0), LocalTime.MIDNIGHT);

        assertThat(hours.openMinutes()).isZero();
        assertThat(hours.covers(LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
    }

    @Test
    void the_last_slot_of_a_club_closing_at_midnight_ends_at_midnight_of_the_next_date() {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.of(8, 0), LocalTime.MIDNIGHT);

        List<GridSlot> slots = new SlotGrid().slotsFor(ORDINARY, hours, 0, SlotLength.DEFAULT, MEXICO);

        assertThat(slots).hasSize(16);
        GridSlot last = slots.get(15);
        assertThat(last.startTime()).isEqualTo(LocalTime.of(23, 0));
        assertThat(last.endTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(last.span().end()).isEqualTo(ORDINARY.plusDays(1).atStartOfDay(MEXICO).toInstant());
    }

    @Property
    void closing_at_midnight_counts_every_minute_from_opening_to_the_end_of_the_day(
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int openingMinute) {
        OpeningHours hours = OpeningHours.openBetween(LocalTime.ofSecondOfDay(openingMinute * 60L),
                LocalTime.MIDNIGHT);

        assertThat(hours.openMinutes()).isEqualTo(24 * 60 - openingMinute);
    }

    @Property
    void a_grid_closing_at_midnight_fills_the_day_up_to_midnight_and_never_past_it(
            @ForAll @IntRange(min = 0, max = 22 * 60) int openingMinute,
            @ForAll @IntRange(min = 2, max = 16) int quarters,
            @ForAll @IntRange(min = 0, max = 59) int offsetMinutes) {
        SlotLength length = new SlotLength(quarters * 15);
        OpeningHours hours = OpeningHours.openBetween(LocalTime.ofSecondOfDay(openingMinute * 60L),
                LocalTime.MIDNIGHT);

        List<GridSlot> slots = new SlotGrid().slotsFor(ORDINARY, hours, offsetMinutes, length, MEXICO);

        int available = 24 * 60 - openingMinute - offsetMinutes;
        assertThat(slots).hasSize(Math.max(0, available / length.minutes()));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(Duration.between(slot.span().start(), slot.span().end()).toMinutes())
                    .isEqualTo(length.minutes());
            assertThat(slot.span().end()).isBeforeOrEqualTo(ORDINARY.plusDays(1).atStartOfDay(MEXICO).toInstant());
        });
    }
}
