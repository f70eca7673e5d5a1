package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener's consumer in tests: records every change, and checks what arrived against what was expected. */
final class RecordedChanges implements Consumer<NotifiedChange> {

    /** SPEC §9: a committed change is visible within a second. */
    static final Duration WITHIN = Duration.ofSeconds(1);
    /** How long to keep listening for unexpected extras once everything expected has arrived. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private final BlockingQueue<DataChange> arrived = new LinkedBlockingQueue<>();
    private final List<NotifiedChange> notified = new CopyOnWriteArrayList<>();

    @Override
    public void accept(NotifiedChange change) {
        notified.add(change);
        arrived.add(change.change());
    }

    /** Everything handed over so far, with the times the payloads carried. */
    List<NotifiedChange> notified() {
        return List.copyOf(notified);
    }

    /** Exactly these changes, in any order, the last within {@code within}, and nothing more after them. */
    void expectExactly(Duration within, DataChange... expected) {
        List<DataChange> received = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (received.size() < expected.length) {
                DataChange next = arrived.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                received.add(next);
            }
            DataChange extra;
            while ((extra = arrived.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                received.add(extra);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for changes", e);
        }
        assertThat(received).as("changes received within " + within + " (and none after)")
                .containsExactlyInAnyOrder(expected);
    }

    void expectExactly(DataChange... expected) {
        expectExactly(WITHIN, expected);
    }
}
