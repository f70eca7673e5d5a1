package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.change.DataChangeListener;
import com.padelyzer.bff.adapter.persistence.change.ListenerDatabase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase.InvalidateCacheCommand;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Named;

import java.time.Clock;

/**
 * Event-driven invalidation (SPEC §6): PostgreSQL's change notifications drive {@link InvalidateCacheUseCase}. The
 * listener connects with the default datasource's URL, user and password (as configured, or as the embedded
 * default set them) on a connection of its own, starts with the context, before the HTTP port opens, and closes
 * with it. Each eviction is measured ({@link ChangeEvictionMetrics}).
 */
@Factory
final class ChangeListeningFactory {

    @Context
    @Bean(preDestroy = "close")
    DataChangeListener dataChangeListener(@Named("default") BasicJdbcConfiguration datasource,
                                          InvalidateCacheUseCase invalidate, MeterRegistry registry) {
        // the wall clock, not the service's Clock bean: latency is real time, and tests fix the service's "now"
        ChangeEvictionMetrics metrics = new ChangeEvictionMetrics(registry, Clock.systemUTC());
        DataChangeListener listener = new DataChangeListener(
                new ListenerDatabase(datasource.getUrl(), datasource.getUsername(), datasource.getPassword()),
                change -> metrics.evicted(change,
                        invalidate.invalidateCache(new InvalidateCacheCommand(change.change()))));
        metrics.watch(listener, registry);
        listener.start();
        return listener;
    }
}
