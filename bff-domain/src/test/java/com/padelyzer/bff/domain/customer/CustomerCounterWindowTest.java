package com.padelyzer.bff.domain.customer;

import static com.padelyzer.bff.domain.fixtures.Reservations.by;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A customer is active in a window only through a counted reservation dated inside it. */
class CustomerCounterWindowTest {

    private static final DateWindow WEEK = new DateWindow(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 1));
    private static final UserId ANA = new UserId(1);

    private final Court court = Courts.court(Clubs.club());

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_creator_counts_only_when_their_reservation_is_dated_in_the_window(
            @ForAll @IntRange(min = -3, max = 9) int dayOffset) {
        LocalDate date = WEEK.start().plusDays(dayOffset);
        List<ClientProfile> profiles = List.of(new ClientProfile(ANA, Instant.parse("2026-11-28T18:00:00Z")));

        CustomerCounts counts = new CustomerCounter().count(WEEK, List.of(by(ANA, court, date, "10:00", "11:00")),
                profiles, Clubs.MEXICO);

        boolean inside = dayOffset >= 0 && dayOffset <= 6;
        assertThat(counts).isEqualTo(inside ? new CustomerCounts(1, 1) : new CustomerCounts(0, 0));
    }
}
