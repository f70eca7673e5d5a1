package com.padelyzer.bff.domain.policy;

import java.util.Objects;
import java.util.Optional;

/** Outcome of a policy: {@link Allowed} or {@link Denied} with a machine-readable reason. */
public sealed interface Decision permits Decision.Allowed, Decision.Denied {

    /** The single allowed outcome. */
    Decision ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision denied(String reason) {
        return new Denied(reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The reason of a denial; empty when allowed. */
    default Optional<String> denialReason() {
        return this instanceof Denied denied ? Optional.of(denied.reason()) : Optional.empty();
    }

    /** The policy lets the request through. */
    record Allowed() implements Decision {
    }

    /** The policy refuses; {@code reason} is a short code such as {@code reserved} or {@code not_a_member}. */
    record Denied(String reason) implements Decision {
        public Denied {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a denial needs a reason");
            }
        }
    }
}
