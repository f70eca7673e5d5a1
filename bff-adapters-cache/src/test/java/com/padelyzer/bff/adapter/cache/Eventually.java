package com.padelyzer.bff.adapter.cache;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that another instance or a background thread makes true. */
final class Eventually {

    private Eventually() {
    }

    /** How long it took {@code condition} to hold; fails when it did not within {@code limit}. */
    static Duration within(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
