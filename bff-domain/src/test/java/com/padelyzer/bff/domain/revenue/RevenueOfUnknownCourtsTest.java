package com.padelyzer.bff.domain.revenue;

import static com.padelyzer.bff.domain.fixtures.Reservations.priced;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.period.DateWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reservation of a court the snapshot does not list (deleted, or of another load) still has a revenue. */
class RevenueOfUnknownCourtsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final Club club = Clubs.club();
    private final Court listed = Courts.court(club, "400", 0);
    private final Court unlisted = Courts.court(club, "900", 0);

    @Test
    void counts_zero_without_own_prices_and_its_own_prices_otherwise() {
        Money revenue = new RevenueEstimator().estimate(DateWindow.endingOn(DAY, 1), List.of(
                priced(unlisted, DAY, "08:00", "09:00", null, "0"),       // no price anywhere: 0
                priced(unlisted, DAY, "09:00", "10:30", "200", "0"),      // own hourly price: 300
                priced(unlisted, DAY, "11:00", "12:00", null, "150"),     // own total: 150
                priced(listed, DAY, "12:00", "13:00", null, "0")),        // the listed court's price: 400
                List.of(listed), Money.MXN);
        assertThat(revenue.rounded()).isEqualByComparingTo("850.00");
    }
}
