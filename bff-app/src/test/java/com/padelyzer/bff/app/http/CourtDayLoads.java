package com.padelyzer.bff.app.http;

import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: counts the court-day loads (the legacy single check's one data statement) of a server started with
 * {@code test.count-court-days=true}, by wrapping its {@link LoadCourtDaySnapshotPort} as it is created.
 */
@Singleton
@Requires(property = "test.count-court-days", value = "true")
final class CourtDayLoads implements BeanCreatedEventListener<LoadCourtDaySnapshotPort> {

    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public LoadCourtDaySnapshotPort onCreated(BeanCreatedEvent<LoadCourtDaySnapshotPort> event) {
        LoadCourtDaySnapshotPort port = event.getBean();
        return (court, date) -> {
            loads.incrementAndGet();
            return port.loadCourtDay(court, date);
        };
    }

    int count() {
        return loads.get();
    }
}
