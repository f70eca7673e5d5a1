package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.change.DataChangeListener;
import com.padelyzer.bff.adapter.persistence.change.ListenerDatabase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase.InvalidateCacheCommand;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Named;

/**
 * Event-driven invalidation (SPEC §6): PostgreSQL's change notifications drive {@link InvalidateCacheUseCase}. The
 * listener connects with the default datasource's URL, user and password (as configured, or as the embedded
 * default set them) on a connection of its own, starts with the context, before the HTTP port opens, and closes
 * with it.
 */
@Factory
final class ChangeListeningFactory {

    @Context
    @Bean(preDestroy = "close")
    DataChangeListener dataChangeListener(@Named("default") BasicJdbcConfiguration datasource,
                                          InvalidateCacheUseCase invalidate) {
        DataChangeListener listener = new DataChangeListener(
                new ListenerDatabase(datasource.getUrl(), datasource.getUsername(), datasource.getPassword()),
                change -> invalidate.invalidateCache(new InvalidateCacheCommand(change)));
        listener.start();
        return listener;
    }
}
