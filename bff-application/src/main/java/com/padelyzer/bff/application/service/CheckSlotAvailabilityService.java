package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.SlotCheckResult;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import java.time.Clock;
import java.util.Optional;

/** The single slot check: loads the court's club day and applies the same rules as the bulk grid. */
public final class CheckSlotAvailabilityService implements CheckSlotAvailabilityUseCase {

    private final LoadCourtDaySnapshotPort days;
    private final AvailabilityCalculator calculator;
    private final Clock clock;

    public CheckSlotAvailabilityService(LoadCourtDaySnapshotPort days, AvailabilityCalculator calculator, Clock clock) {
        this.days = days;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public Optional<SlotCheckResult> checkSlotAvailability(CheckSlotAvailabilityQuery query) {
        return days.loadCourtDay(query.court(), query.date()).map(day -> new SlotCheckResult(day.club().id(),
                calculator.check(day, query.court(), query.startTime(), query.endTime(), clock.instant())));
    }
}
