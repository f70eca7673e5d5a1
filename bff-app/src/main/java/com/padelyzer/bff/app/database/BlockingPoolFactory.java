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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor every controller runs on ({@code @ExecuteOn(TaskExecutors.BLOCKING)}), and the health check's JDBC
 * probe: as many threads as the pool has connections, where Micronaut 4 on JDK 17 would run them on its unbounded
 * cached I/O pool. More threads could only wait for a connection; with a dead database an unbounded pool grows a
 * thread per waiting request. Requests beyond the threads queue; each is answered within the database bounds once it
 * runs, so the queue drains at the pool's pace. Idle threads end after a minute.
 */
@Factory
final class BlockingPoolFactory {

    private static final long IDLE_SECONDS = 60;

    @Singleton
    @Named(TaskExecutors.BLOCKING)
    @Replaces(factory = IOExecutorServiceConfig.class, bean = ExecutorService.class, named = TaskExecutors.BLOCKING)
    @Bean(preDestroy = "shutdown")
    ExecutorService blocking(@Named("default") DatasourceConfiguration pool) {
        int threads = pool.getMaximumPoolSize();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("bff-blocking-"));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return work -> new Thread(work, prefix + next.incrementAndGet());
    }
}
