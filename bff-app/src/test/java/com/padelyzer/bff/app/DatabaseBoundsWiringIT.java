package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.TaskExecutors;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database bounds reach the pool, the driver and the server session as configured, and the controllers' blocking
 * executor has as many threads as the pool has connections (docs/decisions/0018-database-bounds.md).
 */
class DatabaseBoundsWiringIT {

    @Test
    void the_configured_bounds_reach_the_pool_the_driver_and_the_server_session() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(TestContexts.on(TestDatabase.shared(), Map.of(
                "datasources.default.maximum-pool-size", 3,
                "bff.database.connection-wait", "1500ms",
                "bff.database.statement-timeout", "4s")))) {
            HikariDataSource pool = hikari(context);

            assertThat(pool.getConnectionTimeout()).isEqualTo(1_500);
            assertThat(pool.getValidationTimeout()).isEqualTo(750);
            assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2")
                    .containsEntry("loginTimeout", "2").containsEntry("socketTimeout", "5")
                    .containsEntry("options", "-c statement_timeout=4000");
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SHOW statement_timeout")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("4s");
            }
        }
    }

    @Test
    void the_blocking_executor_has_as_many_threads_as_the_pool_has_connections() {
        try (ApplicationContext context = ApplicationContext.run(TestContexts.on(TestDatabase.shared(), Map.of(
                "datasources.default.maximum-pool-size", 3)))) {
            // the metrics binder wraps the executor bean; its meters read the ThreadPoolExecutor inside
            context.getBean(ExecutorService.class, Qualifiers.byName(TaskExecutors.BLOCKING));
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(registry.get("executor.pool.max").tag("name", TaskExecutors.BLOCKING).gauge().value())
                    .isEqualTo(3);
            assertThat(registry.get("executor.pool.core").tag("name", TaskExecutors.BLOCKING).gauge().value())
                    .isEqualTo(3);
        }
    }

    @Test
    void without_a_configured_size_the_pool_and_the_executor_have_twice_the_processors() {
        try (ApplicationContext context = ApplicationContext.run(TestContexts.on(TestDatabase.shared(), Map.of()))) {
            context.getBean(ExecutorService.class, Qualifiers.byName(TaskExecutors.BLOCKING));
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            int twiceTheProcessors = 2 * Runtime.getRuntime().availableProcessors();

            assertThat(hikari(context).getMaximumPoolSize()).isEqualTo(twiceTheProcessors);
            assertThat(registry.get("executor.pool.max").tag("name", TaskExecutors.BLOCKING).gauge().value())
                    .isEqualTo(twiceTheProcessors);
        }
    }

    @Test
    void the_defaults_are_a_two_second_connection_wait_and_a_three_second_statement_time_out() {
        try (ApplicationContext context = ApplicationContext.run(TestContexts.on(TestDatabase.shared(), Map.of(
                "datasources.default.maximum-pool-size", 2)))) {
            HikariDataSource pool = hikari(context);

            assertThat(pool.getConnectionTimeout()).isEqualTo(2_000);
            assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "4")
                    .containsEntry("options", "-c statement_timeout=3000");
        }
    }

    private static HikariDataSource hikari(ApplicationContext context) {
        DataSource resolved = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try {
            return resolved.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
