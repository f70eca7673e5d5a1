package com.padelyzer.bff.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Tests that need "now" fixed (past slots, analytics windows) set {@code test.fixed-instant}. */
@Factory
@Requires(property = "test.fixed-instant")
class FixedClockFactory {

    @Singleton
    @Replaces(value = Clock.class, factory = UseCaseFactory.class)
    Clock fixedClock(@Value("${test.fixed-instant}") String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
