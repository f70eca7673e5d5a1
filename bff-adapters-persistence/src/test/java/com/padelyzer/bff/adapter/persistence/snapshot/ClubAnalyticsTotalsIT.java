package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.analytics.ClubBookingTotals;
import com.padelyzer.bff.domain.analytics.WindowFigures;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.comparison.Comparison;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.revenue.Money;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The totals summed in SQL give the figures the domain computes from every loaded reservation, on randomly generated
 * clubs: every status, active or not, null, zero and negative prices, null creators, a court of another club,
 * {@code 24:00} ends and odd seconds, client profiles (and infinite ones) around the window edges, reservations on
 * the edges of the current and previous windows, courts in maintenance or inactive, zones far from UTC. Every period,
 * every end date the service may ask for, with the previous window. The seed is printed; rerun one with
 * {@code -Danalytics.seed=...}.
 */
@MicronautTest(startApplication = false, transactional = false)
class ClubAnalyticsTotalsIT extends PostgresBackedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String[] ZONES = {null, "America/Mexico_City", "Pacific/Kiritimati", "Pacific/Pago_Pago",
        "Asia/Kathmandu", "Europe/Madrid"};
    private static final String[] STATUSES = {"pending", "confirmed", "completed", "cancelled", "no_show"};
    private static final String[] OWN_PRICES = {"NULL", "NULL", "-10", "0", "380.50", "600"};
    private static final String[] TOTAL_PRICES = {"0", "0", "-50", "900.50", "0.01", "1200"};
    private static final String[] COURT_PRICES = {"450.00", "0", "-100", "380.25"};

    @Inject
    LoadClubAnalyticsSnapshotPort analytics;

    private final ClubAnalyticsCalculator calculator = ClubAnalyticsCalculator.standard();

    @Test
    void sums_in_sql_give_the_figures_of_every_reservation_for_every_period_and_end_date() {
        long seed = Long.getLong("analytics.seed", new Random().nextLong());
        System.out.println("ClubAnalyticsTotalsIT seed=" + seed);
        Random random = new Random(seed);
        for (int club = 0; club < 3; club++) {
            ClubId id = randomClub(random);
            for (AnalyticsPeriod period : AnalyticsPeriod.values()) {
                List<DateWindow> windows = new ArrayList<>();
                for (LocalDate lastDay = TODAY.minusDays(1); !lastDay.isAfter(TODAY.plusDays(1));
                     lastDay = lastDay.plusDays(1)) {
                    windows.add(period.windowEndingOn(lastDay));
                    windows.add(period.windowEndingOn(lastDay).previous());
                }
                ClubBookingTotals totals = inOneStatement(() -> analytics.loadAnalyticsTotals(id, windows))
                        .orElseThrow();
                ClubAnalyticsSnapshot snapshot = analytics.loadAnalyticsSnapshot(id,
                        new DateWindow(windows.get(1).start(), windows.get(4).end())).orElseThrow();
                for (int i = 0; i < windows.size(); i += 2) {
                    String what = "seed " + seed + ", club " + club + ", " + period + " ending " + windows.get(i).end();
                    assertSameFigures(what, calculator.figuresFor(totals, windows.get(i), Money.MXN),
                            calculator.figuresFor(snapshot, windows.get(i), Money.MXN),
                            calculator.figuresFor(totals, windows.get(i + 1), Money.MXN),
                            calculator.figuresFor(snapshot, windows.get(i + 1), Money.MXN));
                }
            }
        }
    }

    private static void assertSameFigures(String what, WindowFigures summed, WindowFigures loaded,
                                          WindowFigures summedBefore, WindowFigures loadedBefore) {
        assertThat(summed.occupancy()).as(what).isEqualTo(loaded.occupancy());
        assertThat(summed.customers()).as(what).isEqualTo(loaded.customers());
        assertThat(summed.revenue().amount()).as(what).isEqualByComparingTo(loaded.revenue().amount());
        assertThat(summedBefore.occupancy()).as(what).isEqualTo(loadedBefore.occupancy());
        assertThat(summedBefore.customers()).as(what).isEqualTo(loadedBefore.customers());
        assertThat(summedBefore.revenue().amount()).as(what).isEqualByComparingTo(loadedBefore.revenue().amount());
        assertThat(summed.revenue().rounded()).as(what).isEqualTo(loaded.revenue().rounded());
        assertThat(Comparison.between(summed.revenue().amount(), summedBefore.revenue().amount())).as(what)
                .isEqualTo(Comparison.between(loaded.revenue().amount(), loadedBefore.revenue().amount()));
        assertThat(Comparison.between(summed.occupancy().rate(), summedBefore.occupancy().rate())).as(what)
                .isEqualTo(Comparison.between(loaded.occupancy().rate(), loadedBefore.occupancy().rate()));
    }

    private ClubId randomClub(Random random) {
        UUID organization = fixtures.organization("Padel Azar");
        UUID club = fixtures.club(organization, true, ZONES[random.nextInt(ZONES.length)]);
        if (random.nextBoolean()) {
            db.execute("UPDATE clubs_club SET closing_time = '00:00' WHERE id = '" + club + "'");
        }
        List<UUID> courts = new ArrayList<>();
        for (int number = 1; number <= 5; number++) {
            courts.add(fixtures.court(club, organization, number, random.nextInt(5) > 0, random.nextInt(4) == 0,
                    COURT_PRICES[random.nextInt(COURT_PRICES.length)]));
        }
        UUID otherClub = fixtures.club(organization, true, null);
        courts.add(fixtures.court(otherClub, organization, 1, true, false, "999.00"));
        for (int weekday = 0; weekday < 7; weekday++) {
            switch (random.nextInt(4)) {
                case 0 -> fixtures.schedule(club, organization, weekday, "09:00", "21:30", false, true);
                case 1 -> fixtures.schedule(club, organization, weekday, "07:00", "23:00", true, true);
                case 2 -> fixtures.schedule(club, organization, weekday, "06:00", "12:00", false, false);
                default -> { }
            }
        }
        List<LocalDate> edges = edges();
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long user = fixtures.user(null);
            users.add(user);
            int kind = random.nextInt(10);
            if (kind == 0) {
                fixtures.clientProfile(user, organization, random.nextBoolean() ? "infinity" : "-infinity");
            } else if (kind < 9) {
                LocalDateTime at = edges.get(random.nextInt(edges.size())).atStartOfDay()
                        .plusMinutes(random.nextInt(4 * 24 * 60) - 2 * 24 * 60);
                fixtures.clientProfile(user, organization, at.atOffset(ZoneOffset.UTC).toString());
            }
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            LocalDate date = random.nextInt(3) == 0 ? TODAY.minusDays(2L * 365 + 3).plusDays(random.nextInt(2 * 365 + 7))
                    : edges.get(random.nextInt(edges.size())).plusDays(random.nextInt(3) - 1);
            int start = 6 * 60 + random.nextInt(64) * 15;
            String end = random.nextInt(20) == 0 ? "24:00" : time(start + 30 + random.nextInt(8) * 15);
            String startText = time(start) + (random.nextInt(10) == 0 ? ":" + (10 + random.nextInt(49)) : "");
            Long creator = random.nextInt(7) == 0 ? null : users.get(random.nextInt(users.size()));
            rows.append(rows.isEmpty() ? "" : ", ").append("('%s', '%s', '%s', %s, '%s', '%s', '%s', '%s', %s, %s, %s)"
                    .formatted(organization, club, courts.get(random.nextInt(courts.size())), creator, date, startText,
                            end, STATUSES[random.nextInt(STATUSES.length)], random.nextInt(7) > 0,
                            OWN_PRICES[random.nextInt(OWN_PRICES.length)],
                            TOTAL_PRICES[random.nextInt(TOTAL_PRICES.length)]));
        }
        db.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                + "start_time, end_time, status, is_active, price_per_hour, total_price) VALUES " + rows);
        return new ClubId(club);
    }

    /** The first and last days of every window the test asks for. */
    private static List<LocalDate> edges() {
        List<LocalDate> edges = new ArrayList<>();
        for (AnalyticsPeriod period : AnalyticsPeriod.values()) {
            for (int shift = -1; shift <= 1; shift++) {
                DateWindow window = period.windowEndingOn(TODAY.plusDays(shift));
                edges.addAll(List.of(window.start(), window.end(), window.previous().start()));
            }
        }
        return edges;
    }

    private static String time(int minutes) {
        return "%02d:%02d".formatted(Math.min(minutes, 23 * 60 + 59) / 60, Math.min(minutes, 23 * 60 + 59) % 60);
    }
}
