package com.padelyzer.bff.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    private static final Instant BASE = Instant.parse("2026-12-01T00:00:00Z");

    private static TimeSlot slot(int startMinute, int lengthMinutes) {
        return new TimeSlot(BASE.plusSeconds(startMinute * 60L), BASE.plusSeconds((startMinute + lengthMinutes) * 60L));
    }

    @Property(tries = 1000)
    void overlap_is_symmetric(@ForAll @IntRange(max = 500) int a, @ForAll @IntRange(min = 1, max = 200) int la,
                              @ForAll @IntRange(max = 500) int b, @ForAll @IntRange(min = 1, max = 200) int lb) {
        assertThat(slot(a, la).overlaps(slot(b, lb))).isEqualTo(slot(b, lb).overlaps(slot(a, la)));
    }

    @Property(tries = 1000)
    void overlap_means_a_shared_minute_so_touching_slots_do_not_overlap(
            @ForAll @IntRange(max = 500) int a, @ForAll @IntRange(min = 1, max = 200) int la,
            @ForAll @IntRange(max = 500) int b, @ForAll @IntRange(min = 1, max = 200) int lb) {
        boolean sharesAMinute = false;
        for (int minute = a; minute < a + la; minute++) {
            sharesAMinute |= minute >= b && minute < b + lb;
        }
        assertThat(slot(a, la).overlaps(slot(b, lb))).isEqualTo(sharesAMinute);
        assertThat(slot(a, la).overlaps(slot(a + la, lb))).isFalse();
    }

    @Test
    void rejects_a_slot_that_does_not_end_after_it_starts() {
        assertThatThrownBy(() -> new TimeSlot(BASE, BASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeSlot(BASE, BASE.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wall_clock_times_in_the_spring_gap_shift_forward_and_a_collapsed_range_has_no_instants() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        LocalDate spring = LocalDate.of(2026, 3, 29);
        assertThat(TimeSlot.ofLocal(spring, LocalTime.of(2, 15), LocalTime.of(2, 45), madrid))
                .contains(new TimeSlot(Instant.parse("2026-03-29T01:15:00Z"), Instant.parse("2026-03-29T01:45:00Z")));
        assertThat(TimeSlot.ofLocal(spring, LocalTime.of(2, 30), LocalTime.of(3, 0), madrid)).isEmpty();
        assertThat(TimeSlot.ofLocal(spring, LocalTime.of(1, 0), LocalTime.of(4, 0), madrid))
                .get().extracting(TimeSlot::duration).hasToString("PT2H");
    }
}
