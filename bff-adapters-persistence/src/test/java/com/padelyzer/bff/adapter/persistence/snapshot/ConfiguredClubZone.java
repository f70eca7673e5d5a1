package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.ZoneId;

/**
 * What bff-app's configuration provides in production, for this module's tests: the default club zone from
 * {@code bff.timezone}. Not in the test-jar (only {@code testsupport} is), so bff-app's tests use the app's own.
 */
@Factory
final class ConfiguredClubZone {

    @Singleton
    DefaultClubZone defaultClubZone(@Value("${bff.timezone:America/Mexico_City}") String zone) {
        return new DefaultClubZone(ZoneId.of(zone));
    }
}
