package com.padelyzer.bff.application.service;

import static com.padelyzer.bff.domain.fixtures.Reservations.confirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.fakes.InMemoryClubDays;
import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase.CheckSlotAvailabilityQuery;
import com.padelyzer.bff.application.port.in.CourtSlots;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.application.port.in.SlotCheckResult;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetBulkAvailabilityServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** 09:30 in Mexico City. */
    private static final Instant NOW = Instant.parse("2026-12-01T15:30:00Z");

    private final Club club = Clubs.club();
    private final Court court = Courts.court(club, "450.50", 0);
    private final Court staggered = Courts.court(club, "300", 30);
    private final InMemoryClubDays days = new InMemoryClubDays().with(new ClubDay(club, DAY, Clubs.defaultSchedule(club),
            List.of(court, staggered, Courts.inMaintenance(club)), List.of(confirmed(court, DAY, "19:00", "20:30")),
            List.of()));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final GetBulkAvailabilityService service = new GetBulkAvailabilityService(days,
            AvailabilityCalculator.standard(), clock);

    @Test
    void shapes_the_grid_with_hours_reasons_rounded_prices_and_summary() {
        BulkAvailability result = service.getBulkAvailability(
                new GetBulkAvailabilityQuery(club.id(), DAY, Set.of(), new SlotLength(90))).orElseThrow();
        assertThat(result.asOf()).isEqualTo(NOW);
        assertThat(result.slotMinutes()).isEqualTo(90);
        assertThat(result.club().timezone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(result.club().isOpen()).isTrue();
        assertThat(result.club().openingTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(result.courtsProcessed()).isEqualTo(2);
        CourtSlots first = result.courts().get(0);
        assertThat(first.pricePerHour()).isEqualByComparingTo("450.50");
        // 450.50 × 1.5 = 675.75
        assertThat(first.slots().get(0).price()).isEqualByComparingTo("675.75");
        assertThat(first.slots()).extracting(slot -> slot.availability().denialReason().orElse(null))
                .containsExactly("past", null, null, null, null, null, null, "reserved", "reserved");
        assertThat(result.courts().get(1).slots().get(0).startTime()).isEqualTo(LocalTime.of(8, 30));
        // 9 slots per court (court 2 runs 08:30..22:00); past: 08:00 and 08:30 (now is 09:30, a slot starting at
        // 09:30 is not past); the 19:00–20:30 booking overlaps 18:30–20:00 and 20:00–21:30 → 2/18 = 11.11 %
        assertThat(result.summary().totalSlots()).isEqualTo(18);
        assertThat(result.summary().reservedSlots()).isEqualTo(2);
        assertThat(result.summary().availableSlots()).isEqualTo(14);
        assertThat(result.summary().occupancyRate()).isEqualByComparingTo("11.11");
        assertThat(result.summary().peakHours()).containsExactly(LocalTime.of(18, 30), LocalTime.of(20, 0));
    }

    @Test
    void ignores_court_ids_of_other_clubs_and_answers_nothing_for_an_unknown_club() {
        BulkAvailability result = service.getBulkAvailability(new GetBulkAvailabilityQuery(club.id(), DAY,
                Set.of(staggered.id(), new CourtId(UUID.randomUUID())), SlotLength.DEFAULT)).orElseThrow();
        assertThat(result.courts()).extracting(CourtSlots::id).containsExactly(staggered.id());
        assertThat(service.getBulkAvailability(new GetBulkAvailabilityQuery(Clubs.club().id(), DAY, Set.of(),
                SlotLength.DEFAULT))).isEmpty();
    }

    @Test
    void the_single_check_gives_the_same_reasons_as_the_grid() {
        CheckSlotAvailabilityService check = new CheckSlotAvailabilityService(days, AvailabilityCalculator.standard(),
                clock);
        assertThat(check.checkSlotAvailability(query(court, "19:30", "21:00")))
                .contains(new SlotCheckResult(club.id(), Decision.denied("reserved")));
        assertThat(check.checkSlotAvailability(query(court, "08:00", "09:00")))
                .contains(new SlotCheckResult(club.id(), Decision.denied("past")));
        assertThat(check.checkSlotAvailability(query(court, "20:30", "22:00")))
                .contains(new SlotCheckResult(club.id(), Decision.allowed()));
        assertThat(check.checkSlotAvailability(query(Courts.court(club), "20:30", "22:00"))).isEmpty();
    }

    private static CheckSlotAvailabilityQuery query(Court court, String start, String end) {
        return new CheckSlotAvailabilityQuery(court.id(), DAY, LocalTime.parse(start), LocalTime.parse(end));
    }
}
