package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** The {@code club} block of availability: the date's hours and whether it is open at all. */
public record AvailabilityClub(ClubId id, String name, ZoneId timezone, boolean isOpen, LocalTime openingTime,
                               LocalTime closingTime) {
    public AvailabilityClub {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(openingTime, "openingTime");
        Objects.requireNonNull(closingTime, "closingTime");
    }
}
