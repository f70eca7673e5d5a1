package com.padelyzer.bff.domain.analytics;

import static com.padelyzer.bff.domain.fixtures.Reservations.by;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.customer.CustomerCounts;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.occupancy.Occupancy;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.revenue.Money;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClubAnalyticsCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final UserId ANA = new UserId(1);

    @Test
    void a_windows_figures_are_its_occupancy_revenue_and_customers_from_one_snapshot() {
        Club club = Clubs.club();
        Court court = Courts.court(club, "400", 0);
        ClubAnalyticsSnapshot snapshot = new ClubAnalyticsSnapshot(club, Clubs.defaultSchedule(club), List.of(court),
                List.of(by(ANA, court, DAY, "10:00", "11:30")),
                List.of(new ClientProfile(ANA, Instant.parse("2026-12-01T18:00:00Z"))));
        DateWindow window = DateWindow.endingOn(DAY, 1);

        WindowFigures figures = ClubAnalyticsCalculator.standard().figuresFor(snapshot, window, Money.MXN);

        assertThat(figures.window()).isEqualTo(window);
        assertThat(figures.occupancy()).isEqualTo(new Occupancy(1, 90, 14 * 60));
        assertThat(figures.revenue().rounded()).isEqualByComparingTo("600.00");
        assertThat(figures.revenue().currency()).isEqualTo(Money.MXN);
        assertThat(figures.customers()).isEqualTo(new CustomerCounts(1, 1));
    }
}
