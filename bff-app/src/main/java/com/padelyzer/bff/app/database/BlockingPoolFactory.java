package com.padelyzer.bff.app.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.executor.IOExecutorServiceConfig;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;

/**
 * The executor every controller runs on ({@code @ExecuteOn(TaskExecutors.BLOCKING)}), and the health check's JDBC
 * probe: as many threads as the pool has connections, where Micronaut 4 on JDK 17 would run them on its unbounded
 * cached I/O pool. More threads could only wait for a connection; with a dead database an unbounded pool grows a
 * thread per waiting request. Requests beyond the threads queue, and the wait counts toward the connection wait
 * ({@link RequestWorkExecutor}).
 */
@Factory
final class BlockingPoolFactory {

    @Singleton
    @Named(TaskExecutors.BLOCKING)
    @Replaces(factory = IOExecutorServiceConfig.class, bean = ExecutorService.class, named = TaskExecutors.BLOCKING)
    @Bean(preDestroy = "shutdown")
    ExecutorService blocking(@Named("default") DatasourceConfiguration pool, DatabaseSettings settings) {
        return new RequestWorkExecutor(pool.getMaximumPoolSize(), settings.connectionWait());
    }
}
