package com.padelyzer.bff.domain.benchmark;

import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.analytics.WindowFigures;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.revenue.Money;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The dashboard computation (occupancy + revenue + customers) of a month and the month before, for a 20-court club
 * with 8 reservations per court and day (9,600 reservations over the 60 days) and 1,000 client profiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class AnalyticsBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final ClubAnalyticsCalculator calculator = ClubAnalyticsCalculator.standard();
    private ClubAnalyticsSnapshot snapshot;
    private DateWindow month;

    @Setup
    public void setUp() {
        Club club = Clubs.club();
        List<Court> courts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            courts.add(Courts.court(club, "400", 0));
        }
        month = AnalyticsPeriod.MONTH.windowEndingOn(TODAY);
        List<Reservation> reservations = new ArrayList<>();
        int n = 0;
        for (LocalDate date = month.previous().start(); !date.isAfter(TODAY); date = date.plusDays(1)) {
            for (Court court : courts) {
                for (int slot = 0; slot < 8; slot++, n++) {
                    String start = LocalTime.of(8 + slot, 0).toString();
                    String end = LocalTime.of(9 + slot, 0).toString();
                    reservations.add(Reservations.sold(new UserId(1 + n % 1000), court, date, start, end,
                            n % 3 == 0 ? "350" : null, n % 2 == 0 ? "420.50" : "0"));
                }
            }
        }
        List<ClientProfile> profiles = new ArrayList<>();
        for (int user = 1; user <= 1000; user++) {
            profiles.add(new ClientProfile(new UserId(user), Instant.parse("2026-09-01T12:00:00Z")
                    .plusSeconds(user * 7_200L)));
        }
        snapshot = new ClubAnalyticsSnapshot(club, Clubs.defaultSchedule(club), courts, reservations, profiles);
    }

    @Benchmark
    public void monthWithComparison(Blackhole sink) {
        WindowFigures current = calculator.figuresFor(snapshot, month, Money.MXN);
        WindowFigures previous = calculator.figuresFor(snapshot, month.previous(), Money.MXN);
        sink.consume(current);
        sink.consume(previous);
    }
}
