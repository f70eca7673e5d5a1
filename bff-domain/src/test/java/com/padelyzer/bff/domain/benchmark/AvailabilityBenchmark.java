package com.padelyzer.bff.domain.benchmark;

import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.availability.ClubAvailability;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.slot.SlotLength;
import com.padelyzer.bff.domain.slot.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Bulk availability of a 20-court club open 07:00–23:00 with 300 reservations on the day, 60-minute slots. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class AvailabilityBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final ReservationStatus[] STATUSES = {
        ReservationStatus.CONFIRMED, ReservationStatus.PENDING, ReservationStatus.CONFIRMED, ReservationStatus.CANCELLED};

    private final AvailabilityCalculator calculator = AvailabilityCalculator.standard();
    private ClubDay day;
    private Court firstCourt;
    /** Noon in Mexico City: the morning is past. */
    private final Instant now = Instant.parse("2026-12-01T18:00:00Z");

    @Setup
    public void setUp() {
        Club club = Clubs.club(Clubs.MEXICO, LocalTime.of(7, 0), LocalTime.of(23, 0));
        List<Court> courts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            courts.add(Courts.court(club, "450", i % 2 == 0 ? 0 : 30));
        }
        List<Reservation> reservations = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Court court = courts.get(i % 20);
            int hour = 7 + i / 20;
            reservations.add(Reservations.reservation(court, DAY, LocalTime.of(hour, 0).toString(),
                    LocalTime.of(hour, 0).plusMinutes(i % 3 == 0 ? 90 : 60).toString(), STATUSES[i % 4]));
        }
        List<BlockedSlot> blocked = List.of(new BlockedSlot(club.id(), courts.get(3).id(), new TimeSlot(
                Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-01T23:00:00Z")), "maintenance", true));
        day = new ClubDay(club, DAY, Clubs.defaultSchedule(club), courts, reservations, blocked);
        firstCourt = courts.get(0);
    }

    @Benchmark
    public ClubAvailability bulkAvailability() {
        return calculator.availability(day, SlotLength.DEFAULT, Set.of(), now);
    }

    @Benchmark
    public Decision singleCheck() {
        return calculator.check(day, firstCourt.id(), LocalTime.of(19, 0), LocalTime.of(20, 30), now);
    }
}
