package com.padelyzer.bff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.availability.AvailabilitySummary;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.customer.CustomerCounts;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.occupancy.Occupancy;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.permission.ClubAccessRule;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.schedule.ScheduleEntry;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Records reject bad state (STYLE.md): every bound is checked on both sides, exhaustively over a range around it,
 * so a bound moved by one or dropped fails here.
 */
class RecordInvariantsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final Club club = Clubs.club();

    private static boolean accepted(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException rejected) {
            return false;
        }
    }

    @Property(tries = 1451, generation = GenerationMode.EXHAUSTIVE)
    void a_court_offset_is_accepted_exactly_within_the_day(@ForAll @IntRange(min = -5, max = 1445) int offset) {
        assertThat(accepted(() -> Courts.court(club, "450", offset))).isEqualTo(offset >= 0 && offset < 24 * 60);
    }

    @Test
    void a_court_may_be_free_but_not_negatively_priced() {
        assertThat(accepted(() -> Courts.court(club, "0", 0))).isTrue();
        assertThat(accepted(() -> Courts.court(club, "-0.01", 0))).isFalse();
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_schedule_weekday_is_zero_for_monday_to_six_for_sunday(@ForAll @IntRange(min = -3, max = 9) int weekday) {
        assertThat(accepted(() -> new ScheduleEntry(weekday, LocalTime.of(8, 0), LocalTime.of(22, 0), false, true)))
                .isEqualTo(weekday >= 0 && weekday <= 6);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_user_id_is_positive(@ForAll @IntRange(min = -3, max = 3) int value) {
        assertThat(accepted(() -> new UserId(value))).isEqualTo(value > 0);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_court_count_is_never_negative(@ForAll @IntRange(min = -3, max = 3) int count) {
        assertThat(accepted(() -> new ClubWithCourtCount(club, count))).isEqualTo(count >= 0);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void new_customers_are_a_subset_of_the_active_ones(
            @ForAll @IntRange(min = -2, max = 4) int active, @ForAll @IntRange(min = -2, max = 4) int fresh) {
        assertThat(accepted(() -> new CustomerCounts(active, fresh)))
                .isEqualTo(active >= 0 && fresh >= 0 && fresh <= active);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void available_and_reserved_slots_add_up_to_at_most_the_total(@ForAll @IntRange(max = 4) int total,
            @ForAll @IntRange(min = -1, max = 4) int available, @ForAll @IntRange(min = -1, max = 4) int reserved) {
        assertThat(accepted(() -> new AvailabilitySummary(total, available, reserved, BigDecimal.ZERO, List.of())))
                .isEqualTo(available >= 0 && reserved >= 0 && available + reserved <= total);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void occupancy_figures_are_never_negative(@ForAll @IntRange(min = -1, max = 1) int reservations,
            @ForAll @IntRange(min = -1, max = 1) int booked, @ForAll @IntRange(min = -1, max = 1) int available) {
        assertThat(accepted(() -> new Occupancy(reservations, booked, available)))
                .isEqualTo(reservations >= 0 && booked >= 0 && available >= 0);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_date_window_does_not_end_before_it_starts(@ForAll @IntRange(min = -2, max = 2) int endOffset) {
        assertThat(accepted(() -> new DateWindow(DAY, DAY.plusDays(endOffset)))).isEqualTo(endOffset >= 0);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_window_ending_on_a_day_has_at_least_one_day(@ForAll @IntRange(min = -2, max = 3) int days) {
        assertThat(accepted(() -> DateWindow.endingOn(DAY, days))).isEqualTo(days >= 1);
    }

    @Test
    void a_membership_needs_a_role_and_a_denial_a_reason_and_a_rule_a_policy() {
        User user = People.user(3);
        for (String blank : List.of("", "  ")) {
            assertThat(accepted(() -> new OrganizationMembership(user.id(), People.organization(), blank,
                    People.JOINED, true))).isFalse();
            assertThat(accepted(() -> Decision.denied(blank))).isFalse();
        }
        assertThat(accepted(() -> People.member(user, People.organization(), "billing", People.JOINED))).isTrue();
        assertThat(accepted(() -> new ClubAccessRule("nobody", List.of()))).isFalse();
    }
}
