package com.padelyzer.bff.adapter.persistence.change;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The listener's connection state between connections, on the listener thread: one WARN when an outage begins (a
 * failed first attempt counts), DEBUG for each further failed attempt, one INFO when a connection is back.
 */
final class Outage {

    private static final Logger LOG = LoggerFactory.getLogger(DataChangeListener.class);

    private boolean ongoing;
    private long startedAt;
    private int failedAttempts;

    void attemptFailed(Exception failure) {
        failedAttempts++;
        if (!ongoing) {
            ongoing = true;
            startedAt = System.nanoTime();
            LOG.warn("Change notifications are unavailable ({}); reconnecting in the background, cached answers may "
                    + "be stale up to their TTL until then", describe(failure));
        } else {
            LOG.debug("Change listener reconnection failed: {}", describe(failure));
        }
    }

    /** A connection is open: {@code true} when it ends an outage, so changes may have been missed. */
    boolean connected() {
        if (!ongoing) {
            return false;
        }
        LOG.info("Change notifications are back after {} ms and {} failed attempts; flushing the cache, since changes "
                + "of that time were not notified",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), failedAttempts);
        ongoing = false;
        failedAttempts = 0;
        return true;
    }

    private static String describe(Exception e) {
        String state = e instanceof SQLException sql && sql.getSQLState() != null
                ? " SQLState " + sql.getSQLState() : "";
        return e.getClass().getSimpleName() + state + ": " + e.getMessage();
    }
}
