package com.padelyzer.bff.app.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Puts the {@link DatabaseBounds} on the pool before it is built: HikariCP's connection and validation time-outs,
 * and the PostgreSQL driver's connect, login, socket and cancel time-outs and the server's {@code statement_timeout}
 * (as the {@code options} startup parameter, so it holds from a connection's first statement, with no extra round
 * trip). They replace any {@code datasources.default.*} values of the same names: {@code bff.database.*} is the one
 * place to set them. Flyway migrates on a connection of its own (application.yml), outside these bounds.
 */
@Singleton
final class PoolBounds implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final DatabaseBounds bounds;

    PoolBounds(DatabaseSettings settings) {
        this.bounds = settings.bounds();
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        pool.setConnectionTimeout(bounds.connectionTimeoutMillis());
        pool.setValidationTimeout(bounds.validationTimeoutMillis());
        String connectSeconds = Integer.toString(bounds.connectSeconds());
        pool.addDataSourceProperty("connectTimeout", connectSeconds);
        pool.addDataSourceProperty("loginTimeout", connectSeconds);
        // a cancel request to a server that does not answer must not hold the driver's shared timer thread
        pool.addDataSourceProperty("cancelSignalTimeout", connectSeconds);
        pool.addDataSourceProperty("socketTimeout", Integer.toString(bounds.socketTimeoutSeconds()));
        pool.addDataSourceProperty("options", "-c statement_timeout=" + bounds.statementTimeoutMillis());
        return pool;
    }
}
