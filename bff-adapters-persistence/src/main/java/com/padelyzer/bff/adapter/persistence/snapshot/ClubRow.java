package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * A {@code clubs_club} row. {@code address} arrives flattened to text values by the SQL; times are
 * {@code HH:MM:SS} text; {@code timezone} is null when the club has none.
 */
@Serdeable
record ClubRow(UUID id, UUID organizationId, String name, String slug, String description, String email,
               String phone, String website, Map<String, String> address, String openingTime, String closingTime,
               String logoUrl, @Nullable String timezone, boolean isActive) {
}
