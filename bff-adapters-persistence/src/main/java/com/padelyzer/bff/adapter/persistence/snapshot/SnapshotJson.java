package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;

/** Reads a snapshot statement's JSON text into its row record with Micronaut Serde. */
@Singleton
final class SnapshotJson {

    private final JsonMapper json;

    SnapshotJson(JsonMapper json) {
        this.json = json;
    }

    <T> T read(String text, Class<T> row) {
        try {
            return json.readValue(text, Argument.of(row));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("snapshot JSON could not be read as " + row.getSimpleName(), e);
        }
    }
}
