package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change as the listener hands it over: what changed and, when the payload says so ({@code "at"}, V5 on), when the
 * writing transaction's first notifying trigger ran, by the database server's clock. Absent in payloads written
 * before V5 (or by hand) and in the {@link DataChange.EverythingChanged} after a reconnect, which nobody wrote.
 */
public record NotifiedChange(DataChange change, Optional<Instant> writtenAt) {

    public NotifiedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /** A change without a time: the flush after a reconnect, or a payload that carries none. */
    static NotifiedChange untimed(DataChange change) {
        return new NotifiedChange(change, Optional.empty());
    }
}
