package com.padelyzer.bff.domain.slot;

/** Length of the slots of a grid: 30 to 240 minutes in steps of 15 (so 90-minute padel slots work). */
public record SlotLength(int minutes) {
    public static final SlotLength DEFAULT = new SlotLength(60);

    public SlotLength {
        if (minutes < 30 || minutes > 240 || minutes % 15 != 0) {
            throw new IllegalArgumentException("slot length must be 30 to 240 minutes in steps of 15, got " + minutes);
        }
    }
}
