package com.padelyzer.bff.domain.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifier of an organization (a tenant: {@code root_organization.id}). */
public record OrganizationId(UUID value) {
    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId of(String text) {
        return new OrganizationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
