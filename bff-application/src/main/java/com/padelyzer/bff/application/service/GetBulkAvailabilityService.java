package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.AvailabilityClub;
import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.CourtSlots;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.availability.ClubAvailability;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.availability.CourtAvailability;
import com.padelyzer.bff.domain.availability.SlotAvailability;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.court.Court;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Loads one club day, computes the grid with the domain calculator at the clock's "now", and shapes it. */
public final class GetBulkAvailabilityService implements GetBulkAvailabilityUseCase {

    private final LoadClubDaySnapshotPort days;
    private final AvailabilityCalculator calculator;
    private final Clock clock;

    public GetBulkAvailabilityService(LoadClubDaySnapshotPort days, AvailabilityCalculator calculator, Clock clock) {
        this.days = days;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public Optional<BulkAvailability> getBulkAvailability(GetBulkAvailabilityQuery query) {
        return days.loadClubDay(query.club(), query.date()).map(day -> {
            Instant asOf = clock.instant();
            ClubAvailability grid = calculator.availability(day, query.slotLength(), query.courts(), asOf);
            return shape(day, grid, asOf);
        });
    }

    private static BulkAvailability shape(ClubDay day, ClubAvailability grid, Instant asOf) {
        Club club = day.club();
        AvailabilityClub clubView = new AvailabilityClub(club.id(), club.name(), club.zone(),
                grid.hours().open(), grid.hours().opensAt(), grid.hours().closesAt());
        return new BulkAvailability(day.date(), grid.slotLength().minutes(), asOf, clubView,
                grid.courts().stream().map(GetBulkAvailabilityService::court).toList(), grid.summary(),
                grid.courts().size(), grid.reservationsChecked());
    }

    private static CourtSlots court(CourtAvailability availability) {
        Court court = availability.court();
        return new CourtSlots(court.id(), court.name(), court.surfaceType(), money(court.pricePerHour()),
                availability.slots().stream().map(GetBulkAvailabilityService::slot).toList());
    }

    private static CourtSlots.Slot slot(SlotAvailability slot) {
        return new CourtSlots.Slot(slot.slot().startTime(), slot.slot().endTime(), slot.decision(),
                money(slot.price()));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
