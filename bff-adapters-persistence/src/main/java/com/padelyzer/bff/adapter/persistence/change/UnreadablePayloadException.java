package com.padelyzer.bff.adapter.persistence.change;

/**
 * A notification payload that names no change this service knows. {@link #kind()} is one of a few fixed phrases
 * (never the payload's own text), so the listener can warn once per kind.
 */
final class UnreadablePayloadException extends Exception {

    private final String kind;

    UnreadablePayloadException(String kind) {
        super(kind, null, false, false);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
