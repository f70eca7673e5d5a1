package com.padelyzer.bff.adapter.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
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

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The two Lettuce connections of a store: commands (string keys, byte values) and the subscription to the
 * invalidation channel. Every command and connect is bounded by the time-out, and a command sent while disconnected
 * fails at once. No auto-reconnect: {@link RedisLink} reopens what is closed, so it alone decides what is logged.
 */
final class RedisConnections implements AutoCloseable {

    private static final RedisCodec<String, byte[]> KEYS_AND_BYTES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final String channel;
    private final Consumer<String> listener;
    private final ClientResources resources;
    private final RedisClient client;
    private volatile StatefulRedisConnection<String, byte[]> commands;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;

    /** {@code listener} gets the channel's messages on a Lettuce I/O thread: it must hand them on, not work there. */
    RedisConnections(RedisSettings settings, String channel, Consumer<String> listener) {
        this.channel = channel;
        this.listener = listener;
        this.resources = ClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        RedisURI uri = RedisURI.create(settings.uri());
        uri.setTimeout(settings.timeout());
        this.client = RedisClient.create(resources, uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(settings.timeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
    }

    /** Opens whichever connection is not open (subscribing again), then PINGs; throws when Redis does not answer. */
    void openWhatIsClosed() {
        if (commands == null || !commands.isOpen()) {
            StatefulRedisConnection<String, byte[]> fresh = client.connect(KEYS_AND_BYTES);
            closeQuietly(commands);
            commands = fresh;
        }
        if (subscription == null || !subscription.isOpen()) {
            StatefulRedisPubSubConnection<String, String> fresh = subscribed();
            closeQuietly(subscription);
            subscription = fresh;
        }
        commands.sync().ping();
    }

    boolean open() {
        return commands != null && commands.isOpen() && subscription != null && subscription.isOpen();
    }

    /** The commands of the current connection; only valid after {@link #openWhatIsClosed()} succeeded once. */
    RedisCommands<String, byte[]> commands() {
        return commands.sync();
    }

    private StatefulRedisPubSubConnection<String, String> subscribed() {
        StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub(StringCodec.UTF8);
        try {
            pubSub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        listener.accept(message);
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
        try {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        } finally {
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
