package com.padelyzer.bff.domain.revenue;

import static com.padelyzer.bff.domain.fixtures.Reservations.priced;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.Reservations;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RevenueEstimatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final DateWindow WINDOW = DateWindow.endingOn(DAY, 30);

    private final Club club = Clubs.club();
    private final Court court = Courts.court(club, "400", 0);
    private final RevenueEstimator estimator = new RevenueEstimator();

    @Test
    void uses_total_price_then_own_hourly_price_then_the_courts() {
        List<Reservation> reservations = List.of(
                priced(court, DAY, "08:00", "09:00", "999", "500"),      // total price wins: 500
                priced(court, DAY, "09:00", "10:30", "300", "0"),        // 300 × 1.5 h = 450
                priced(court, DAY, "11:00", "11:45", null, "0"),         // court 400 × 0.75 h = 300
                Reservations.reservation(court, DAY, "12:00", "13:00", ReservationStatus.CANCELLED),
                priced(court, DAY.minusDays(30), "08:00", "09:00", null, "700"));  // outside the window
        Money total = estimator.estimate(WINDOW, reservations, List.of(court), Money.MXN);
        assertThat(total.rounded()).isEqualByComparingTo("1250.00");
        assertThat(total.currency().getCurrencyCode()).isEqualTo("MXN");
    }

    @Test
    void rounds_once_at_the_end_rather_than_per_reservation() {
        // 10.01 per hour × 20 min = 3.33666…; three of them = 10.01 exactly (per-row rounding would give 10.02)
        List<Reservation> reservations = List.of(priced(court, DAY, "08:00", "08:20", "10.01", "0"),
                priced(court, DAY, "09:00", "09:20", "10.01", "0"), priced(court, DAY, "10:00", "10:20", "10.01", "0"));
        assertThat(estimator.estimate(WINDOW, reservations, List.of(court), Money.MXN).rounded())
                .isEqualByComparingTo("10.01");
    }

    @Property(tries = 1000)
    void the_estimate_is_the_sum_of_its_parts(@ForAll @Size(max = 20) List<@IntRange(min = 1, max = 600) Integer> cents,
                                               @ForAll @IntRange(min = 1, max = 20) int minutesQuarter) {
        List<Reservation> reservations = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < cents.size(); i++) {
            BigDecimal amount = BigDecimal.valueOf(cents.get(i), 2);
            String end = LocalTime.of(8, 0).plusMinutes(minutesQuarter * 15L).toString();
            Reservation r = switch (i % 3) {
                case 0 -> priced(court, DAY, "08:00", end, null, amount.toPlainString());
                case 1 -> priced(court, DAY, "08:00", end, amount.toPlainString(), "0");
                default -> priced(court, DAY, "08:00", end, null, "0");
            };
            reservations.add(r);
            BigDecimal hours = BigDecimal.valueOf(minutesQuarter).divide(BigDecimal.valueOf(4));
            expected = expected.add(switch (i % 3) {
                case 0 -> amount;
                case 1 -> amount.multiply(hours);
                default -> new BigDecimal("400").multiply(hours);
            });
        }
        assertThat(estimator.estimate(WINDOW, reservations, List.of(court), Money.MXN).amount())
                .isEqualByComparingTo(expected);
    }
}
