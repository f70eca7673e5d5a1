package com.padelyzer.bff.adapter.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The connections to Redis (commands, and the subscription to the invalidation channel) with a circuit breaker: a
 * command that fails or takes longer than the time-out, or a connection found closed, marks Redis down; then every
 * call skips it at once (no request pays the time-out twice) while a background probe tries again every back-off:
 * open whichever connection is closed, subscribe again, PING, run the recovery step (the store flushes its keys),
 * and only then use Redis again. The link reconnects by itself rather than through Lettuce's auto-reconnect, whose
 * watchdog logs a warning per connection every few seconds of an outage: here an outage is one WARN, its end one INFO,
 * both naming the server without its credentials.
 */
final class RedisLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
    private static final RedisCodec<String, byte[]> KEYS_AND_BYTES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisSettings settings;
    private final String channel;
    private final Consumer<String> listener;
    private final Function<RedisCommands<String, byte[]>, Long> recovery;
    private final ClientResources resources;
    private final RedisClient client;
    private final ScheduledExecutorService background;
    private final AtomicBoolean up = new AtomicBoolean();
    private final AtomicLong outages = new AtomicLong();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;
    private volatile boolean closed;

    /**
     * Connects (or starts probing, when Redis does not answer) and subscribes to {@code channel}; its messages go to
     * {@code listener} on this link's background thread. {@code recovery} runs after an outage, before Redis is used
     * again, and returns how many keys it removed.
     */
    RedisLink(RedisSettings settings, String channel, Consumer<String> listener,
              Function<RedisCommands<String, byte[]>, Long> recovery) {
        this.settings = settings;
        this.channel = channel;
        this.listener = listener;
        this.recovery = recovery;
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .build();
        RedisURI uri = RedisURI.create(settings.uri());
        uri.setTimeout(settings.timeout());
        this.client = RedisClient.create(resources, uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(settings.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bff-cache-redis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            connectAndSubscribe();
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
            return Optional.ofNullable(command.apply(connection.sync()));
        } catch (RedisException | IllegalStateException failed) {
            if (up.compareAndSet(true, false)) {
                down(failed);
            }
            return Optional.empty();
        }
    }

    /** Runs {@code task} on the background thread after {@code delay}. */
    void later(Runnable task, Duration delay) {
        if (!closed) {
            background.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
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
        boolean open = connection != null && connection.isOpen() && subscription != null && subscription.isOpen();
        if (!open && up.compareAndSet(true, false)) {
            down(new RedisException("connection closed"));
        }
    }

    private void probe() {
        if (closed) {
            return;
        }
        try {
            connectAndSubscribe();
            long flushed = recovery.apply(connection.sync());
            up.set(true);
            LOG.info("Redis at {} answers again: removed {} keys of this service that may have missed invalidations",
                    settings.where(), flushed);
        } catch (RuntimeException stillDown) {
            later(this::probe, settings.backOff());
        }
    }

    private void connectAndSubscribe() {
        if (connection == null || !connection.isOpen()) {
            StatefulRedisConnection<String, byte[]> fresh = client.connect(KEYS_AND_BYTES);
            closeQuietly(connection);
            connection = fresh;
        }
        if (subscription == null || !subscription.isOpen()) {
            StatefulRedisPubSubConnection<String, String> fresh = subscribed();
            closeQuietly(subscription);
            subscription = fresh;
        }
        connection.sync().ping();
    }

    private StatefulRedisPubSubConnection<String, String> subscribed() {
        StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub(StringCodec.UTF8);
        try {
            pubSub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from) && !closed) {
                        background.execute(() -> listener.accept(message));
                    }
                }
            });
            pubSub.sync().subscribe(channel);
            return pubSub;
        } catch (RuntimeException notSubscribed) {
            closeQuietly(pubSub);
            throw notSubscribed;
        }
    }

    private static void closeQuietly(StatefulConnection<?, ?> stale) {
        if (stale != null) {
            stale.closeAsync();
        }
    }

    @Override
    public void close() {
        closed = true;
        up.set(false);
        background.shutdownNow();
        try {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        } finally {
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
