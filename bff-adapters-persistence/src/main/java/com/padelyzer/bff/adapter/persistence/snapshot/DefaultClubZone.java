package com.padelyzer.bff.adapter.persistence.snapshot;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The time zone of a club that has none of its own (SPEC §8, {@code BFF_TIMEZONE}). A plain value: the composition
 * root makes it from its configuration record.
 */
public record DefaultClubZone(ZoneId zone) {
    public DefaultClubZone {
        Objects.requireNonNull(zone, "zone");
    }
}
