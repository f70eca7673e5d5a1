package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A {@code root_organization} row as the snapshot JSON carries it; timestamps are ISO-8601 text. */
@Serdeable
record OrganizationRow(UUID id, String type, String businessName, String tradeName, String primaryEmail,
                       String primaryPhone, String state, boolean isActive, String createdAt) {
}
