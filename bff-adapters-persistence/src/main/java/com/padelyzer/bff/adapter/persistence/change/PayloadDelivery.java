package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Turns payloads into changes for the consumer, on the listener thread. An unreadable payload is skipped with one
 * WARN per kind (DEBUG after); a consumer that throws gets one WARN until it succeeds again. Neither escapes.
 */
final class PayloadDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(DataChangeListener.class);
    private static final int LOGGED_PAYLOAD_CHARS = 120;

    private final Consumer<NotifiedChange> changes;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final Set<String> warnedKinds = new HashSet<>();
    private boolean consumerFailing;

    PayloadDelivery(Consumer<NotifiedChange> changes) {
        this.changes = changes;
    }

    void deliver(String payload) {
        received.incrementAndGet();
        NotifiedChange change;
        try {
            change = NotificationPayload.read(payload);
        } catch (UnreadablePayloadException e) {
            unreadable.incrementAndGet();
            String shown = payload.length() > LOGGED_PAYLOAD_CHARS
                    ? payload.substring(0, LOGGED_PAYLOAD_CHARS) + "…" : payload;
            if (warnedKinds.add(e.kind())) {
                LOG.warn("Ignoring a change notification {} (further ones of this kind are logged at DEBUG): {}",
                        e.kind(), shown);
            } else {
                LOG.debug("Ignoring a change notification {}: {}", e.kind(), shown);
            }
            return;
        }
        deliver(change);
    }

    /** A change no payload named (the flush after a reconnect): no time to measure from. */
    void deliver(DataChange change) {
        deliver(NotifiedChange.untimed(change));
    }

    private void deliver(NotifiedChange notified) {
        DataChange change = notified.change();
        try {
            changes.accept(notified);
            if (consumerFailing) {
                consumerFailing = false;
                LOG.info("Evicting on change notifications works again");
            }
        } catch (RuntimeException e) {
            if (!consumerFailing) {
                consumerFailing = true;
                LOG.warn("Could not evict after {} ({}); cached answers may stay stale up to their TTL", change,
                        e.toString());
            } else {
                LOG.debug("Could not evict after {} ({})", change, e.toString());
            }
        }
    }

    long received() {
        return received.get();
    }

    long unreadable() {
        return unreadable.get();
    }
}
