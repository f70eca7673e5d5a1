package com.padelyzer.bff.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SlotLengthTest {

    @Property(tries = 1000)
    void accepts_exactly_30_to_240_minutes_in_steps_of_15(@ForAll @IntRange(min = -600, max = 1000) int minutes) {
        boolean valid = minutes >= 30 && minutes <= 240 && minutes % 15 == 0;
        if (valid) {
            assertThat(new SlotLength(minutes).minutes()).isEqualTo(minutes);
        } else {
            assertThatThrownBy(() -> new SlotLength(minutes)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
