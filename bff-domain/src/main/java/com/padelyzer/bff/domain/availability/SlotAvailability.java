package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.slot.GridSlot;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A grid slot with its decision and its unrounded price (court price per hour × slot minutes ÷ 60). */
public record SlotAvailability(GridSlot slot, Decision decision, BigDecimal price) {
    public SlotAvailability {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(price, "price");
    }

    public boolean isAvailable() {
        return decision.isAllowed();
    }

    /** {@code past}, {@code blocked} or {@code reserved}; empty when available. */
    public Optional<String> reason() {
        return decision.denialReason();
    }
}
