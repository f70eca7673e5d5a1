package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A {@code clubs_court} row; the price is the numeric's text, so its scale survives. */
@Serdeable
record CourtRow(UUID id, UUID clubId, String name, int number, String surfaceType, String pricePerHour,
                boolean isMaintenance, int slotOffsetMinutes, boolean isActive) {
}
