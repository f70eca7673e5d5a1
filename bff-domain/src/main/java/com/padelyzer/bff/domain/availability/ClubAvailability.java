package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.schedule.OpeningHours;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.util.List;
import java.util.Objects;

/** The availability grid of a club for one date plus its summary. */
public record ClubAvailability(OpeningHours hours, SlotLength slotLength, List<CourtAvailability> courts,
                               AvailabilitySummary summary, int reservationsChecked) {
    public ClubAvailability {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(slotLength, "slotLength");
        courts = List.copyOf(Objects.requireNonNull(courts, "courts"));
        Objects.requireNonNull(summary, "summary");
    }
}
