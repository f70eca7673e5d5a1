package com.padelyzer.bff.adapter.persistence.change;

import java.time.Duration;

/** Waits between reconnection attempts: {@code first}, doubling up to {@code max}, back to {@code first} on reset. */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff starts positive and its maximum is at least its start");
        }
        this.first = first;
        this.max = max;
        this.next = first;
    }

    Duration next() {
        Duration now = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return now;
    }

    void reset() {
        next = first;
    }
}
