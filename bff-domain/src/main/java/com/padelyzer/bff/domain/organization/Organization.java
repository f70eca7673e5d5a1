package com.padelyzer.bff.domain.organization;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization owning clubs. {@code type} ({@code club}, {@code chain}, {@code franchise}) and
 * {@code state} ({@code trial}, {@code active}, ...) are kept as the main system stores them.
 */
public record Organization(OrganizationId id, String type, String businessName, String tradeName,
                           String primaryEmail, String primaryPhone, String state, boolean isActive,
                           Instant createdAt) {
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(tradeName, "tradeName");
        Objects.requireNonNull(primaryEmail, "primaryEmail");
        Objects.requireNonNull(primaryPhone, "primaryPhone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
