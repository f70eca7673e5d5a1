package com.padelyzer.bff.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.availability.CourtAvailability;
import com.padelyzer.bff.domain.availability.SlotAvailability;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SlotConflictDetectorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant MIDNIGHT = ZonedDateTime.of(DAY, LocalTime.MIDNIGHT, Clubs.MEXICO).toInstant();
    private static final Club CLUB = Clubs.club(Clubs.MEXICO, LocalTime.of(8, 0), LocalTime.of(22, 0));
    private static final List<Court> COURTS = List.of(Courts.court(CLUB), Courts.court(CLUB, "300", 15));

    /** A generated booking or block: court index (2 = whole club, blocks only), start minute, length, status, active. */
    record Item(int court, int start, int length, ReservationStatus status, boolean active) {
    }

    @Provide
    Arbitrary<Item> items() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(420, 1380),
                Arbitraries.integers().between(1, 240), Arbitraries.of(ReservationStatus.class),
                Arbitraries.of(true, false)).as(Item::new);
    }

    @Property(tries = 1000)
    void a_slot_is_available_iff_it_is_not_past_and_nothing_active_overlaps_it(
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("items") Item> bookings,
            @ForAll @Size(max = 4) List<@net.jqwik.api.From("items") Item> blocks,
            @ForAll @IntRange(max = 1440) int nowMinute, @ForAll @IntRange(min = 2, max = 8) int lengthSteps) {
        List<Reservation> reservations = bookings.stream().filter(b -> b.start() + b.length() < 1440)
                .map(SlotConflictDetectorTest::reservation).toList();
        List<BlockedSlot> blocked = blocks.stream().map(SlotConflictDetectorTest::block).toList();
        Instant now = MIDNIGHT.plusSeconds(nowMinute * 60L);
        ClubDay day = new ClubDay(CLUB, DAY, Clubs.defaultSchedule(CLUB), COURTS, reservations, blocked);
        for (CourtAvailability court : AvailabilityCalculator.standard()
                .availability(day, new SlotLength(lengthSteps * 15), Set.of(), now).courts()) {
            for (SlotAvailability slot : court.slots()) {
                TimeSlot span = slot.slot().span();
                boolean clashes = reservations.stream().anyMatch(r -> r.courtId().equals(court.court().id())
                        && r.isActive() && r.status().holdsCourt() && r.spanIn(Clubs.MEXICO).get().overlaps(span))
                        || blocked.stream().anyMatch(b -> b.isActive() && b.span().overlaps(span)
                        && (b.courtId() == null || b.courtId().equals(court.court().id())));
                assertThat(slot.isAvailable()).isEqualTo(!span.start().isBefore(now) && !clashes);
            }
        }
    }

    @Test
    void the_first_denial_wins_in_policy_order() {
        TimeSlot slot = new TimeSlot(MIDNIGHT, MIDNIGHT.plusSeconds(3600));
        SlotCheck everything = new SlotCheck(slot, MIDNIGHT.plusSeconds(60), List.of(slot), List.of(slot));
        SlotCheck notPast = new SlotCheck(slot, MIDNIGHT, List.of(slot), List.of(slot));
        SlotCheck onlyReserved = new SlotCheck(slot, MIDNIGHT, List.of(), List.of(slot));
        SlotConflictDetector detector = SlotConflictDetector.standard();
        assertThat(detector.decide(everything)).isEqualTo(Decision.denied("past"));
        assertThat(detector.decide(notPast)).isEqualTo(Decision.denied("blocked"));
        assertThat(detector.decide(onlyReserved)).isEqualTo(Decision.denied("reserved"));
        assertThat(detector.decide(new SlotCheck(slot, MIDNIGHT, List.of(), List.of()))).isEqualTo(Decision.allowed());
    }

    private static Reservation reservation(Item item) {
        Court court = COURTS.get(item.court() % 2);
        return new Reservation(new ReservationId(UUID.randomUUID()), CLUB.id(), court.id(), null, DAY,
                LocalTime.ofSecondOfDay(item.start() * 60L), LocalTime.ofSecondOfDay((item.start() + item.length()) * 60L),
                item.status(), item.active(), null, BigDecimal.ZERO);
    }

    private static BlockedSlot block(Item item) {
        Instant start = MIDNIGHT.plusSeconds(item.start() * 60L);
        return new BlockedSlot(CLUB.id(), item.court() == 2 ? null : COURTS.get(item.court()).id(),
                new TimeSlot(start, start.plusSeconds(item.length() * 60L)), "other", item.active());
    }
}
