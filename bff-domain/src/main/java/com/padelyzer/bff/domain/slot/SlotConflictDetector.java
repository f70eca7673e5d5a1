package com.padelyzer.bff.domain.slot;

import com.padelyzer.bff.domain.policy.Decision;
import java.util.List;
import java.util.Objects;

/** Runs the conflict policies in order; the first denial wins, so reasons rank past &gt; blocked &gt; reserved. */
public final class SlotConflictDetector {

    private final List<SlotConflictPolicy> policies;

    public SlotConflictDetector(List<SlotConflictPolicy> policies) {
        this.policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
    }

    /** past, then blocked, then reserved (SPEC §5.3). */
    public static SlotConflictDetector standard() {
        return new SlotConflictDetector(List.of(
                SlotConflictPolicy.notPast(), SlotConflictPolicy.notBlocked(), SlotConflictPolicy.notReserved()));
    }

    public Decision decide(SlotCheck check) {
        for (SlotConflictPolicy policy : policies) {
            Decision decision = policy.decide(check);
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return Decision.allowed();
    }
}
