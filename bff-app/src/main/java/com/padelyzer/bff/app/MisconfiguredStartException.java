package com.padelyzer.bff.app;

/** The environment asks for a start that would not be safe or could not work; the message says why. */
final class MisconfiguredStartException extends RuntimeException {
    MisconfiguredStartException(String message) {
        super(message);
    }
}
