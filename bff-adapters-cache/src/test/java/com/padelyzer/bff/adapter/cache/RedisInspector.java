package com.padelyzer.bff.adapter.cache;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.util.ArrayList;
import java.util.List;

/** A plain client beside the stores under test: reads what they wrote (keys, TTLs, command counts), and cleans up. */
final class RedisInspector implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisInspector(String uri) {
        this.client = RedisClient.create(uri);
        this.connection = client.connect();
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /** The keys starting with {@code prefix} (SCAN, so the shared Redis is never blocked). */
    List<String> keysStartingWith(String prefix) {
        List<String> keys = new ArrayList<>();
        ScanArgs matching = ScanArgs.Builder.matches(prefix + "*").limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        KeyScanCursor<String> page;
        do {
            page = commands().scan(cursor, matching);
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!page.isFinished());
        return keys;
    }

    void deleteKeysStartingWith(String prefix) {
        List<String> keys = keysStartingWith(prefix);
        if (!keys.isEmpty()) {
            commands().unlink(keys.toArray(String[]::new));
        }
    }

    /** How often {@code command} ran on this server ({@code INFO commandstats}), 0 when never. */
    long callsOf(String command) {
        for (String line : commands().info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_" + command + ":calls=")) {
                return Long.parseLong(line.substring(line.indexOf("calls=") + 6, line.indexOf(',')));
            }
        }
        return 0;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
