package com.padelyzer.bff.domain.customer;

import static com.padelyzer.bff.domain.fixtures.Reservations.by;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCounterTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final DateWindow WEEK = DateWindow.endingOn(TUESDAY, 7);   // 25 Nov .. 1 Dec
    private static final UserId ANA = new UserId(1);
    private static final UserId BEA = new UserId(2);
    private static final UserId CARLOS = new UserId(3);
    private static final UserId DIEGO = new UserId(4);

    private final Club club = Clubs.club();
    private final Court court = Courts.court(club);

    @Test
    void counts_distinct_creators_and_those_whose_profile_started_in_the_window_in_club_time() {
        Reservation cancelledByDiego = Reservations.reservation(court, TUESDAY, "10:00", "11:00",
                ReservationStatus.CANCELLED);
        List<Reservation> reservations = List.of(by(ANA, court, TUESDAY, "08:00", "09:00"),
                by(ANA, court, LocalDate.of(2026, 11, 26), "08:00", "09:00"),
                by(BEA, court, TUESDAY, "09:00", "10:00"), by(CARLOS, court, TUESDAY, "12:00", "13:00"),
                Reservations.confirmed(court, TUESDAY, "13:00", "14:00"),
                new Reservation(cancelledByDiego.id(), cancelledByDiego.clubId(), court.id(), DIEGO, TUESDAY,
                        cancelledByDiego.startTime(), cancelledByDiego.endTime(), ReservationStatus.CANCELLED,
                        true, null, cancelledByDiego.totalPrice()));
        List<ClientProfile> profiles = List.of(
                new ClientProfile(ANA, Instant.parse("2026-11-25T05:59:00Z")),    // 24 Nov 23:59 in Mexico City
                new ClientProfile(BEA, Instant.parse("2026-11-25T06:00:00Z")),    // 25 Nov 00:00 in Mexico City
                new ClientProfile(CARLOS, Instant.parse("2025-01-01T12:00:00Z")),
                new ClientProfile(DIEGO, Instant.parse("2026-11-30T12:00:00Z")));  // new, but not active
        assertThat(new CustomerCounter().count(WEEK, reservations, profiles, Clubs.MEXICO))
                .isEqualTo(new CustomerCounts(3, 1));
    }
}
