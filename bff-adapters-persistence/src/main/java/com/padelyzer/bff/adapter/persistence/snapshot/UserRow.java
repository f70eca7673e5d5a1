package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** An {@code authentication_user} row as the snapshot JSON carries it; timestamps are ISO-8601 text. */
@Serdeable
record UserRow(long id, String email, String firstName, String lastName, boolean isActive, boolean isStaff,
               boolean isSuperuser, @Nullable String lastLogin, String dateJoined, boolean emailVerified,
               boolean twoFactorEnabled, String phone, String timezone, String language,
               @Nullable UUID currentOrganizationId) {
}
