package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One of the user's clubs: {@code address} as stored, {@code city} its {@code city} key, the owning organization,
 * and the membership ({@code joinedAt} is the membership's creation).
 */
public record UserClub(String id, String name, String description, String slug, String logoUrl,
                       Map<String, String> address, String city, String email, String phone, String website,
                       boolean isActive, OrganizationRef organization, Membership membership) {
    public UserClub {
        Objects.requireNonNull(id, "id");
        address = Map.copyOf(Objects.requireNonNull(address, "address"));
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membership, "membership");
    }

    /** {@code {"id", "trade_name"}}. */
    public record OrganizationRef(String id, String tradeName) {
        public OrganizationRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tradeName, "tradeName");
        }
    }

    /** {@code {"role", "joined_at", "is_active"}}. */
    public record Membership(String role, Instant joinedAt, boolean isActive) {
        public Membership {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(joinedAt, "joinedAt");
        }
    }
}
