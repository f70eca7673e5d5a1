package com.example.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.service.GetBulkAvailabilityService;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    // --- the booking service's own data, mapped to domain records -------------------------------------------
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final Club CLUB = new Club(new ClubId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()),
            "Padel Norte", "padel-norte", "", "", "", "", Map.of("city", "Monterrey"), LocalTime.of(8, 0),
            LocalTime.of(22, 0), "", ZoneId.of("America/Monterrey"), true);
    static final Court COURT = new Court(new CourtId(UUID.randomUUID()), CLUB.id(), "Pista 1", 1, SurfaceType.GLASS,
            new BigDecimal("450"), false, 0, true);
    static final Reservation EVENING = new Reservation(new ReservationId(UUID.randomUUID()), CLUB.id(), COURT.id(),
            null, DAY, LocalTime.of(19, 0), LocalTime.of(20, 30), ReservationStatus.CONFIRMED, true, null,
            BigDecimal.ZERO);
    static final ClubDay CLUB_DAY = new ClubDay(CLUB, DAY, new WeeklySchedule(CLUB.openingTime(),
            CLUB.closingTime(), List.of()), List.of(COURT), List.of(EVENING), List.of());

    @Test
    void uses_the_domain_alone_to_refuse_a_conflicting_booking() {
        AvailabilityCalculator rules = AvailabilityCalculator.standard();
        Instant now = Instant.parse("2026-12-01T15:00:00Z");          // 09:00 in Monterrey

        Decision overlapping = rules.check(CLUB_DAY, COURT.id(), LocalTime.of(20, 0), LocalTime.of(21, 0), now);
        Decision free = rules.check(CLUB_DAY, COURT.id(), LocalTime.of(20, 30), LocalTime.of(22, 0), now);

        assertThat(overlapping).isEqualTo(Decision.denied("reserved"));
        assertThat(free.isAllowed()).isTrue();
    }

    @Test
    void plugs_its_own_adapter_into_the_bulk_availability_use_case() {
        LoadClubDaySnapshotPort myAdapter = (club, date) ->       // e.g. backed by the booking service's JPA
                club.equals(CLUB.id()) && date.equals(DAY) ? Optional.of(CLUB_DAY) : Optional.empty();
        GetBulkAvailabilityUseCase availability = new GetBulkAvailabilityService(myAdapter,
                AvailabilityCalculator.standard(), Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC));

        BulkAvailability grid = availability.getBulkAvailability(
                new GetBulkAvailabilityQuery(CLUB.id(), DAY, Set.of(), new SlotLength(90))).orElseThrow();

        assertThat(grid.courts().get(0).slots()).hasSize(9);
        assertThat(grid.summary().reservedSlots()).isEqualTo(2);   // 18:30–20:00 and 20:00–21:30
        assertThat(grid.summary().availableSlots()).isEqualTo(6);  // 08:00 is past
    }
}
