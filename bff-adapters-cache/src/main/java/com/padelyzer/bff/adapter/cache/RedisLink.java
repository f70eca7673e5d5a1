package com.padelyzer.bff.adapter.cache;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Redis behind a circuit breaker. A command that fails or takes longer than the time-out, or a connection found
 * closed, marks Redis down; then every call skips it at once (no request pays the time-out twice) while a background
 * probe tries again every back-off: reopen what is closed, subscribe again, PING, run the recovery step (the store
 * flushes its keys), and only then use Redis again. One WARN per outage and one INFO at its end, both naming the
 * server without its credentials (Lettuce's own auto-reconnect would warn per connection every few seconds).
 */
final class RedisLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);

    private final RedisSettings settings;
    private final Function<RedisCommands<String, byte[]>, Long> recovery;
    private final RedisConnections connections;
    private final ScheduledExecutorService background;
    private final AtomicBoolean up = new AtomicBoolean();
    private final AtomicLong outages = new AtomicLong();
    private volatile boolean closed;

    /**
     * Connects (or, when Redis does not answer, starts probing) and subscribes to {@code channel}, whose messages go
     * to {@code listener} on this link's background thread, in order. {@code recovery} runs after an outage, before
     * Redis is used again, and returns how many keys it removed.
     */
    RedisLink(RedisSettings settings, String channel, Consumer<String> listener,
              Function<RedisCommands<String, byte[]>, Long> recovery) {
        this.settings = settings;
        this.recovery = recovery;
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bff-cache-redis");
            thread.setDaemon(true);
            return thread;
        });
        this.connections = new RedisConnections(settings, channel, message -> later(() -> listener.accept(message),
                Duration.ZERO));
        try {
            connections.openWhatIsClosed();
            up.set(true);
        } catch (RuntimeException unreachable) {
            down(unreachable);
        }
        background.scheduleWithFixedDelay(this::watch, settings.backOff().toMillis(), settings.backOff().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs {@code command} on Redis unless it is down; empty when down, when it fails (then down) or on null. */
    <T> Optional<T> call(Function<RedisCommands<String, byte[]>, T> command) {
        if (!up.get()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(command.apply(connections.commands()));
        } catch (RuntimeException failed) {
            if (up.compareAndSet(true, false)) {
                down(failed);
            }
            return Optional.empty();
        }
    }

    /** Runs {@code task} on the background thread after {@code delay}; nothing once closed. */
    void later(Runnable task, Duration delay) {
        try {
            background.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // closed: nothing is pending any more
        }
    }

    boolean available() {
        return up.get();
    }

    long outages() {
        return outages.get();
    }

    private void down(RuntimeException cause) {
        outages.incrementAndGet();
        LOG.warn("Redis unreachable at {} ({}): serving from L1 and the database, retrying every {} ms",
                settings.where(), cause.getClass().getSimpleName(), settings.backOff().toMillis());
        later(this::probe, settings.backOff());
    }

    /** Notices a closed connection without waiting for a command to fail on it (a lost subscription fails none). */
    private void watch() {
        if (!connections.open() && up.compareAndSet(true, false)) {
            down(new RedisException("connection closed"));
        }
    }

    private void probe() {
        if (closed) {
            return;
        }
        try {
            connections.openWhatIsClosed();
            long flushed = recovery.apply(connections.commands());
            up.set(true);
            LOG.info("Redis at {} answers again: removed {} keys of this service that may have missed invalidations",
                    settings.where(), flushed);
        } catch (RuntimeException stillDown) {
            later(this::probe, settings.backOff());
        }
    }

    @Override
    public void close() {
        closed = true;
        up.set(false);
        background.shutdownNow();
        connections.close();
    }
}
