package com.padelyzer.bff.adapter.persistence.snapshot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedValuesTest {

    private final UnexpectedValues unexpected = new UnexpectedValues();

    @Test
    void remembers_each_distinct_value_of_a_column_once() {
        unexpected.met("clubs_court.surface_type", "clay", "shown as 'unknown'");
        unexpected.met("clubs_court.surface_type", "clay", "shown as 'unknown'");
        unexpected.met("clubs_court.surface_type", "grass", "shown as 'unknown'");
        unexpected.met("clubs_schedule.weekday", "clay", "ignored");

        assertThat(unexpected.remembered()).isEqualTo(3);
    }

    @Test
    void remembers_no_more_than_its_bound_however_many_distinct_values_arrive() {
        for (int i = 0; i < UnexpectedValues.REMEMBERED * 3; i++) {
            unexpected.met("clubs_schedule.weekday", 7 + i, "ignored");
        }

        assertThat(unexpected.remembered()).isEqualTo(UnexpectedValues.REMEMBERED);
    }
}
