package com.padelyzer.bff.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_month_is_the_last_thirty_days_ending_today_inclusive() {
        DateWindow month = AnalyticsPeriod.MONTH.windowEndingOn(TODAY);
        assertThat(month).isEqualTo(new DateWindow(LocalDate.of(2026, 11, 2), TODAY));
        assertThat(month.days()).isEqualTo(30);
        assertThat(month.dates()).hasSize(30).startsWith(LocalDate.of(2026, 11, 2)).endsWith(TODAY);
    }

    @Test
    void the_previous_window_is_as_long_and_ends_the_day_before() {
        DateWindow week = AnalyticsPeriod.WEEK.windowEndingOn(TODAY);
        assertThat(week.previous()).isEqualTo(new DateWindow(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 24)));
        assertThat(week.contains(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(week.contains(LocalDate.of(2026, 11, 25))).isTrue();
    }

    @Test
    void reads_period_codes_and_their_lengths() {
        assertThat(AnalyticsPeriod.fromCode("quarter").days()).isEqualTo(90);
        assertThat(AnalyticsPeriod.fromCode("year").days()).isEqualTo(365);
        assertThat(AnalyticsPeriod.WEEK.code()).isEqualTo("week");
    }
}
