package com.padelyzer.bff.domain.slot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the conflict policies look at for one slot of one court: the slot, "now", and the spans of that court's
 * active blocks (including whole-club blocks) and of its reservations that hold the court.
 */
public record SlotCheck(TimeSlot slot, Instant now, List<TimeSlot> blockedSpans, List<TimeSlot> reservedSpans) {
    public SlotCheck {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(now, "now");
        blockedSpans = List.copyOf(Objects.requireNonNull(blockedSpans, "blockedSpans"));
        reservedSpans = List.copyOf(Objects.requireNonNull(reservedSpans, "reservedSpans"));
    }
}
