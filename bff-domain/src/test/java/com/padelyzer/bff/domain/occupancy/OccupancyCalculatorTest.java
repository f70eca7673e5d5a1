package com.padelyzer.bff.domain.occupancy;

import static com.padelyzer.bff.domain.fixtures.Reservations.confirmed;
import static com.padelyzer.bff.domain.fixtures.Reservations.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OccupancyCalculatorTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final DateWindow WEEK = DateWindow.endingOn(TUESDAY, 7);

    private final Club club = Clubs.club();
    private final Court a = Courts.court(club);
    private final Court b = Courts.court(club);
    private final List<Court> courts = List.of(a, b, Courts.inMaintenance(club), Courts.inactive(club));
    private final OccupancyCalculator calculator = new OccupancyCalculator();

    @Test
    void divides_counted_booked_minutes_by_schedule_minutes_of_bookable_courts() {
        // Wed 25 Nov .. Tue 1 Dec: 5 days × 840 min (club hours), Saturday 09–14 = 300 min, Sunday closed;
        // × 2 bookable courts = 9000 min. Counted: 90 + 60 = 150 min → 1.666…% → 1.67.
        WeeklySchedule schedule = Clubs.schedule(club, Clubs.open(5, "09:00", "14:00"), Clubs.closed(6));
        List<Reservation> reservations = List.of(
                confirmed(a, LocalDate.of(2026, 11, 25), "10:00", "11:30"),
                reservation(b, TUESDAY, "18:00", "19:00", ReservationStatus.COMPLETED),
                reservation(a, TUESDAY, "12:00", "13:00", ReservationStatus.PENDING),
                reservation(a, TUESDAY, "14:00", "16:00", ReservationStatus.CANCELLED),
                reservation(a, TUESDAY, "16:00", "17:00", ReservationStatus.NO_SHOW),
                Reservations.deactivated(confirmed(b, TUESDAY, "09:00", "10:00")),
                confirmed(a, LocalDate.of(2026, 11, 24), "10:00", "11:00"));
        Occupancy occupancy = calculator.occupancy(WEEK, schedule, courts, reservations);
        assertThat(occupancy).isEqualTo(new Occupancy(2, 150, 9000));
        assertThat(occupancy.roundedRate()).isEqualByComparingTo("1.67");
        assertThat(occupancy.bookedHours()).isEqualByComparingTo("2.5");
        assertThat(occupancy.availableHours()).isEqualByComparingTo("150");
        assertThat(occupancy.totalSlots()).isEqualTo(150);
    }

    @Test
    void reports_full_occupancy_when_every_slot_is_booked() {
        DateWindow day = DateWindow.endingOn(TUESDAY, 1);
        WeeklySchedule schedule = Clubs.schedule(club, Clubs.open(1, "20:00", "22:00"));
        List<Reservation> full = List.of(confirmed(a, TUESDAY, "20:00", "22:00"),
                confirmed(b, TUESDAY, "20:00", "21:00"), confirmed(b, TUESDAY, "21:00", "22:00"));
        assertThat(calculator.occupancy(day, schedule, courts, full).roundedRate()).isEqualByComparingTo("100");
    }

    @Test
    void reports_zero_when_nothing_is_available() {
        WeeklySchedule alwaysClosed = new WeeklySchedule(LocalTime.NOON, LocalTime.NOON, List.of());
        Occupancy occupancy = calculator.occupancy(WEEK, alwaysClosed, courts, List.of());
        assertThat(occupancy.rate()).isEqualByComparingTo("0");
        assertThat(occupancy.availableMinutes()).isZero();
    }

    @Property(tries = 1000)
    void occupancy_stays_between_zero_and_one_hundred(@ForAll @IntRange(min = 6, max = 12) int opening,
            @ForAll @IntRange(min = 13, max = 23) int closing, @ForAll @IntRange(max = 6) int closedWeekday,
            @ForAll long bookedPattern) {
        WeeklySchedule schedule = Clubs.schedule(club, Clubs.closed(closedWeekday));
        WeeklySchedule hours = new WeeklySchedule(LocalTime.of(opening, 0), LocalTime.of(closing, 0),
                schedule.entries());
        List<Reservation> reservations = new ArrayList<>();
        int bit = 0;
        for (LocalDate date : WEEK.dates().toList()) {
            if (!hours.hoursOn(date).open()) {
                continue;
            }
            for (int hour = opening; hour < closing; hour++) {
                for (Court court : List.of(a, b)) {
                    if ((bookedPattern >>> (bit++ % 64) & 1) == 1) {
                        reservations.add(confirmed(court, date, LocalTime.of(hour, 0).toString(),
                                LocalTime.of(hour + 1, 0).toString()));
                    }
                }
            }
        }
        assertThat(calculator.occupancy(WEEK, hours, courts, reservations).rate())
                .isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
    }
}
