package com.padelyzer.bff.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.fixtures.Clubs;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime TWENTY_TWO = LocalTime.of(22, 0);

    @Test
    void uses_the_row_of_the_weekday_counting_monday_as_zero() {
        WeeklySchedule week = new WeeklySchedule(EIGHT, TWENTY_TWO, List.of(Clubs.open(0, "09:00", "21:00")));
        assertThat(week.hoursOn(MONDAY)).isEqualTo(OpeningHours.openBetween(LocalTime.of(9, 0), LocalTime.of(21, 0)));
        assertThat(week.hoursOn(MONDAY).openMinutes()).isEqualTo(720);
    }

    @Test
    void falls_back_to_the_club_hours_without_an_active_row() {
        ScheduleEntry inactive = new ScheduleEntry(0, LocalTime.of(9, 0), LocalTime.of(10, 0), false, false);
        WeeklySchedule week = new WeeklySchedule(EIGHT, TWENTY_TWO, List.of(inactive, Clubs.open(1, "09:00", "10:00")));
        assertThat(week.hoursOn(MONDAY)).isEqualTo(OpeningHours.openBetween(EIGHT, TWENTY_TWO));
        assertThat(week.hoursOn(MONDAY).openMinutes()).isEqualTo(840);
    }

    @Test
    void a_closed_row_gives_no_open_minutes() {
        WeeklySchedule week = new WeeklySchedule(EIGHT, TWENTY_TWO, List.of(Clubs.closed(6)));
        OpeningHours sunday = week.hoursOn(MONDAY.minusDays(1));
        assertThat(sunday.open()).isFalse();
        assertThat(sunday.openMinutes()).isZero();
    }

    @Test
    void hours_closing_at_or_before_opening_give_no_open_minutes_but_midnight_closes_at_the_end_of_the_day() {
        assertThat(OpeningHours.openBetween(TWENTY_TWO, LocalTime.of(2, 0)).openMinutes()).isZero();
        assertThat(OpeningHours.openBetween(TWENTY_TWO, TWENTY_TWO).openMinutes()).isZero();
        assertThat(OpeningHours.openBetween(TWENTY_TWO, LocalTime.MIDNIGHT).openMinutes()).isEqualTo(120);
    }
}
