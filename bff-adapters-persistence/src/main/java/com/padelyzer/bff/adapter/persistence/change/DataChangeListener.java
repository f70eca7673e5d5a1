package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * LISTENs on {@code bff_changes} on a connection of its own and hands every change the database notifies to
 * {@code changes} (with when it was written, when the payload says), on one daemon thread. When the connection dies it reconnects by itself (100 ms doubling to 5 s)
 * and then hands over {@link DataChange.EverythingChanged}: notifications sent while it was away are lost. One WARN
 * per outage, one INFO on recovery. Unreadable payloads are skipped with one WARN per kind; nothing a payload or
 * the consumer does stops the thread.
 */
public final class DataChangeListener implements AutoCloseable {

    /** How the listener's connection shows in {@code pg_stat_activity.application_name}. */
    public static final String APPLICATION_NAME = "padel-bff-change-listener";

    private static final Logger LOG = LoggerFactory.getLogger(DataChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long PROBE_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int PROBE_TIMEOUT_SECONDS = 5;
    /** A connection that dies sooner does not reset the backoff, so a flapping one cannot flush the cache 10×/s. */
    private static final long STABLE_CONNECTION_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Duration FIRST_ATTEMPT_WAIT = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ListenerDatabase database;
    private final PayloadDelivery delivery;
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    private final Thread thread;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private final AtomicLong reconnects = new AtomicLong();
    private volatile boolean stopping;
    private volatile ChangeChannel channel;

    public DataChangeListener(ListenerDatabase database, Consumer<NotifiedChange> changes) {
        this.database = Objects.requireNonNull(database, "database");
        this.delivery = new PayloadDelivery(Objects.requireNonNull(changes, "changes"));
        this.thread = new Thread(this::run, "bff-change-listener");
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening and returns once the first connection attempt is over (at most a few seconds): when it
     * succeeded, every change committed after this call is handed over. When it failed, the thread keeps trying,
     * and the first connection it gets hands over {@link DataChange.EverythingChanged}.
     */
    public void start() {
        thread.start();
        try {
            firstAttempt.await(FIRST_ATTEMPT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the thread and closes the connection; returns when the thread has ended (or after a few seconds). */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        ChangeChannel open = channel;
        if (open != null) {
            open.abort();
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The change listener did not stop within {}", STOP_WAIT);
        }
    }

    /** Whether a connection is open and subscribed right now. */
    public boolean isConnected() {
        return channel != null;
    }

    /** Notifications received since start, readable or not. */
    public long notificationsReceived() {
        return delivery.received();
    }

    /** Notifications skipped because their payload named no known change. */
    public long unreadableNotifications() {
        return delivery.unreadable();
    }

    /** Connections made after a lost one (or after a failed first attempt); each handed over EverythingChanged. */
    public long reconnects() {
        return reconnects.get();
    }

    private void run() {
        Outage outage = new Outage();
        while (!stopping) {
            long connectedAt = 0;
            try (ChangeChannel open = ChangeChannel.open(database)) {
                channel = open;
                connectedAt = System.nanoTime();
                if (stopping) {
                    break;
                }
                if (outage.connected()) {
                    reconnects.incrementAndGet();
                    delivery.deliver(new DataChange.EverythingChanged());
                }
                firstAttempt.countDown();
                listen(open);
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                if (connectedAt != 0 && System.nanoTime() - connectedAt > STABLE_CONNECTION_NANOS) {
                    backoff.reset();
                }
                outage.attemptFailed(e);
            } finally {
                channel = null;
            }
            firstAttempt.countDown();
            pause(backoff.next());
        }
    }

    private void listen(ChangeChannel open) throws SQLException {
        long quietSince = System.nanoTime();
        while (!stopping) {
            List<String> payloads = open.await(POLL_MILLIS);
            if (!payloads.isEmpty()) {
                payloads.forEach(delivery::deliver);
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > PROBE_AFTER_IDLE_NANOS) {
                // a silent connection may be a dead one (no FIN on a broken network): ask it
                if (!open.answers(PROBE_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection stopped answering", "08006");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            // close() interrupts to cut the wait short; the loop then sees stopping
        }
    }
}
