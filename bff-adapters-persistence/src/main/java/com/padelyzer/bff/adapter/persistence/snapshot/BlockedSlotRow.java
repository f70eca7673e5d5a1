package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A {@code reservations_blockedslot} row; {@code courtId} null blocks the whole club. */
@Serdeable
record BlockedSlotRow(@Nullable UUID courtId, String start, String end, String reason, boolean isActive) {
}
