package com.padelyzer.bff.app.database;

import com.padelyzer.bff.adapter.persistence.jdbc.ThreadWait;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of threads for request work, the rest queued; the wait for a thread counts toward the connection
 * wait. Work that waited longer than that starts marked ({@link ThreadWait}), so it gets no connection and answers
 * 503 at once, and a queue that built up behind a stuck database drains in no time instead of a bound per request.
 * Work that needs no connection (a cached answer) runs as usual. Idle threads end after a minute.
 */
final class RequestWorkExecutor extends ThreadPoolExecutor {

    private static final long IDLE_SECONDS = 60;

    private final long connectionWaitNanos;

    RequestWorkExecutor(int threads, Duration connectionWait) {
        super(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), named("bff-blocking-"));
        this.connectionWaitNanos = connectionWait.toNanos();
        allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable work) {
        long queuedAt = System.nanoTime();
        super.execute(() -> run(work, System.nanoTime() - queuedAt));
    }

    private void run(Runnable work, long waitedNanos) {
        if (waitedNanos > connectionWaitNanos) {
            ThreadWait.overran(Duration.ofNanos(waitedNanos));
        }
        try {
            work.run();
        } finally {
            ThreadWait.clear();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return work -> new Thread(work, prefix + next.incrementAndGet());
    }
}
