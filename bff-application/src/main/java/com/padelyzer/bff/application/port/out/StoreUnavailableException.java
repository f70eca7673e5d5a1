package com.padelyzer.bff.application.port.out;

/**
 * An out-port could not reach its store (the database is down, a connection timed out). Adapters translate their
 * technology's failures into this, so the web adapter can answer 503 with {@code Retry-After} without knowing JDBC.
 * The message is for logs only.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
