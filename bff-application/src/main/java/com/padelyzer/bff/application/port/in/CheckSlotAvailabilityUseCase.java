package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.court.CourtId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The legacy single check ({@code POST /api/reservations/check_availability/}) by the bulk rules. Empty when the
 * court does not exist; the caller was admitted for the court's club before
 * ({@link AuthorizeRequestUseCase.AuthorizeRequestQuery#forCourtsClub}), and the answer names that club.
 */
public interface CheckSlotAvailabilityUseCase {

    Optional<SlotCheckResult> checkSlotAvailability(CheckSlotAvailabilityQuery query);

    record CheckSlotAvailabilityQuery(CourtId court, LocalDate date, LocalTime startTime, LocalTime endTime) {
        public CheckSlotAvailabilityQuery {
            Objects.requireNonNull(court, "court");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(startTime, "startTime");
            Objects.requireNonNull(endTime, "endTime");
            if (!endTime.isAfter(startTime)) {
                throw new IllegalArgumentException("end_time must be after start_time");
            }
        }
    }
}
