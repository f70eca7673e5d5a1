package com.padelyzer.bff.domain.reservation;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.slot.TimeSlot;
import com.padelyzer.bff.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A court reservation on a club-local date and wall-clock times. {@code createdBy} and {@code pricePerHour} may be
 * {@code null} as in the table; read them through the Optional accessors.
 */
public record Reservation(ReservationId id, ClubId clubId, CourtId courtId, UserId createdBy, LocalDate date,
                          LocalTime startTime, LocalTime endTime, ReservationStatus status, boolean isActive,
                          BigDecimal pricePerHour, BigDecimal totalPrice) {
    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clubId, "clubId");
        Objects.requireNonNull(courtId, "courtId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(totalPrice, "totalPrice");
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("a reservation must end after it starts");
        }
    }

    public Optional<UserId> creator() {
        return Optional.ofNullable(createdBy);
    }

    public Optional<BigDecimal> ownPricePerHour() {
        return Optional.ofNullable(pricePerHour);
    }

    public long durationMinutes() {
        return Duration.between(startTime, endTime).toMinutes();
    }

    /** Active and confirmed or completed: the reservations occupancy, revenue and customers count. */
    public boolean isCounted() {
        return isActive && status.isCounted();
    }

    /** Active and pending or confirmed: the reservation makes its slot unavailable. */
    public boolean holdsCourt() {
        return isActive && status.holdsCourt();
    }

    /** The instants this reservation covers in the club's zone; empty only for a range inside a spring gap. */
    public Optional<TimeSlot> spanIn(ZoneId zone) {
        return TimeSlot.ofLocal(date, startTime, endTime, zone);
    }
}
