package com.padelyzer.bff.adapter.persistence.statement;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;

/**
 * Wraps the pool's DataSource so that {@link StatementRecorder} sees each statement. It must wrap the raw pool,
 * before Micronaut Data's contextual proxy wraps it in turn (hence the highest precedence): Flyway and
 * Micronaut Data unwrap that proxy, and must then find a DataSource that opens connections by itself.
 */
@Singleton
final class StatementCountingDataSource implements BeanCreatedEventListener<DataSource>, Ordered {

    private final StatementRecorder recorder;

    StatementCountingDataSource(StatementRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return ProxyDataSourceBuilder.create(event.getBean()).name("bff").listener(recorder).build();
    }
}
