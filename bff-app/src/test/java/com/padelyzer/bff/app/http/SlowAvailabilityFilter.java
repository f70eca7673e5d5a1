package com.padelyzer.bff.app.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Test only: makes every availability request take {@value #DELAY_MS} ms longer (twice its 100 ms threshold, over
 * the 150 ms that raise an alert), in a server started with {@code test.slow-availability=true}. It runs after the
 * request monitor's filter started the clock, as any slow adapter would.
 */
@ServerFilter("/api/bff/bi/availability/**")
@Requires(property = "test.slow-availability", value = "true")
final class SlowAvailabilityFilter {

    static final long DELAY_MS = 200;

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void delay() throws InterruptedException {
        Thread.sleep(DELAY_MS);
    }
}
