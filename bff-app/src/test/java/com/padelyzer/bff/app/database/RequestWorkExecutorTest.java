package com.padelyzer.bff.app.database;

import com.padelyzer.bff.adapter.persistence.jdbc.ThreadWait;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RequestWorkExecutorTest {

    @Test
    void work_queued_longer_than_the_connection_wait_starts_marked_and_the_mark_ends_with_it() throws Exception {
        // margins wide enough for a loaded 2-core machine: the thread exists before the first work, and the queued
        // work waits 2.5 s against a bound of 1 s
        RequestWorkExecutor executor = new RequestWorkExecutor(1, Duration.ofSeconds(1));
        executor.prestartAllCoreThreads();
        try {
            CountDownLatch release = new CountDownLatch(1);
            Future<Boolean> first = executor.submit(() -> {
                boolean marked = ThreadWait.overrun().isPresent();
                release.await(10, TimeUnit.SECONDS);
                return marked;
            });
            Future<Boolean> queued = executor.submit(() -> ThreadWait.overrun().isPresent());
            Thread.sleep(2_500);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).as("work that found a free thread").isFalse();
            assertThat(queued.get(10, TimeUnit.SECONDS)).as("work that waited 2.5 s for the thread").isTrue();
            assertThat(executor.submit(() -> ThreadWait.overrun().isPresent()).get(10, TimeUnit.SECONDS))
                    .as("the next work on the same, now idle, thread").isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void has_exactly_the_threads_it_was_given() {
        RequestWorkExecutor executor = new RequestWorkExecutor(7, Duration.ofSeconds(2));
        try {
            assertThat(executor.getCorePoolSize()).isEqualTo(7);
            assertThat(executor.getMaximumPoolSize()).isEqualTo(7);
        } finally {
            executor.shutdownNow();
        }
    }
}
