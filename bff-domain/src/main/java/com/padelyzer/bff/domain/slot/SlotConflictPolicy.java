package com.padelyzer.bff.domain.slot;

import com.padelyzer.bff.domain.policy.Decision;

/** One named rule that can make a slot unavailable; denials carry the reason code shown to users. */
@FunctionalInterface
public interface SlotConflictPolicy {

    String PAST = "past";
    String BLOCKED = "blocked";
    String RESERVED = "reserved";

    Decision decide(SlotCheck check);

    /** A slot that starts before now is past. */
    static SlotConflictPolicy notPast() {
        return check -> check.slot().start().isBefore(check.now()) ? Decision.denied(PAST) : Decision.allowed();
    }

    /** A slot overlapping an active block of its court or of the whole club is blocked. */
    static SlotConflictPolicy notBlocked() {
        return check -> overlapsAny(check.slot(), check.blockedSpans()) ? Decision.denied(BLOCKED) : Decision.allowed();
    }

    /** A slot overlapping an active pending or confirmed reservation is reserved. */
    static SlotConflictPolicy notReserved() {
        return check -> overlapsAny(check.slot(), check.reservedSpans())
                ? Decision.denied(RESERVED) : Decision.allowed();
    }

    private static boolean overlapsAny(TimeSlot slot, Iterable<TimeSlot> spans) {
        for (TimeSlot span : spans) {
            if (slot.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
