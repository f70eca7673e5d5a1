package com.padelyzer.bff.app.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Puts the {@link DatabaseBounds} on the pool before it is built: HikariCP's connection and validation time-outs,
 * and the PostgreSQL driver's connect, login, socket and cancel time-outs and the server's {@code statement_timeout}
 * (as the {@code options} startup parameter, so it holds from a connection's first statement, with no extra round
 * trip). They replace any {@code datasources.default.*} values of the same names: {@code bff.database.*} is the one
 * place to set them. Flyway migrates on a connection of its own (application.yml), outside these bounds.
 * Unless {@code datasources.default.maximum-pool-size} is set, the pool (and so the controllers' thread pool,
 * {@link BlockingPoolFactory}) has twice as many connections as this JVM has processors: a miss is CPU work on both
 * sides of the connection, and more concurrent statements than that only add switching (docs/decisions/0024).
 */
@Singleton
final class PoolBounds implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String POOL_SIZE = "datasources.default.maximum-pool-size";

    private final DatabaseBounds bounds;
    private final boolean poolSizeSet;

    PoolBounds(DatabaseSettings settings, Environment environment) {
        this.bounds = settings.bounds();
        this.poolSizeSet = environment.containsProperty(POOL_SIZE);
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        if (!poolSizeSet) {
            pool.setMaximumPoolSize(defaultPoolSize());
        }
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

    static int defaultPoolSize() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }
}
