package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.Objects;

/** One of the user's active organizations, with their membership. */
public record OrganizationEntry(String id, String tradeName, String businessName, String type, String state,
                                String role, boolean isCurrent, Membership membership) {
    public OrganizationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(membership, "membership");
    }

    /** {@code {"joined_at", "is_active", "role"}}. */
    public record Membership(Instant joinedAt, boolean isActive, String role) {
        public Membership {
            Objects.requireNonNull(joinedAt, "joinedAt");
            Objects.requireNonNull(role, "role");
        }
    }
}
