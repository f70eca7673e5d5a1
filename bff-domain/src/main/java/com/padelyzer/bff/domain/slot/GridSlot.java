package com.padelyzer.bff.domain.slot;

import java.time.LocalTime;
import java.util.Objects;

/** One slot of a court's grid: the wall-clock times shown to users and the instants they stand for. */
public record GridSlot(LocalTime startTime, LocalTime endTime, TimeSlot span) {
    public GridSlot {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(span, "span");
    }
}
