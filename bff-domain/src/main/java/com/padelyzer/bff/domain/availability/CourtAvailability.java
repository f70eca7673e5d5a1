package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.court.Court;
import java.util.List;
import java.util.Objects;

/** A bookable court and its slots of the date, in time order (empty on a closed day). */
public record CourtAvailability(Court court, List<SlotAvailability> slots) {
    public CourtAvailability {
        Objects.requireNonNull(court, "court");
        slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
    }
}
