package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The second level: rendered responses in Redis under {@code <namespace><key>}, each with a TTL, and the invalidation
 * channel {@code <namespace>bff:invalidations}. Pattern evictions walk the keys with {@code SCAN MATCH} and remove
 * them with {@code UNLINK} page by page, never {@code KEYS}. Every call goes through the {@link RedisLink}, so while
 * Redis is down it finds nothing and removes nothing, at once; on recovery every key of the namespace goes.
 */
final class RedisLevel implements AutoCloseable {

    static final String CHANNEL = "bff:invalidations";
    static final int SCAN_PAGE = 500;

    private final String namespace;
    private final RedisLink link;

    RedisLevel(RedisSettings settings, Consumer<String> announcements) {
        this.namespace = settings.namespace();
        this.link = new RedisLink(settings, namespace + CHANNEL, announcements,
                commands -> unlinkMatching(commands, KeyPattern.EVERY_KEY));
    }

    Optional<CachedResponse> get(String key) {
        return link.call(commands -> commands.get(namespace + key)).flatMap(CachedResponseCodec::decode);
    }

    /** Sets {@code key} for {@code ttl} (at least a millisecond); nothing when Redis is down. */
    void set(String key, CachedResponse response, Duration ttl) {
        byte[] value = CachedResponseCodec.encode(response);
        link.call(commands -> commands.set(namespace + key, value, SetArgs.Builder.px(Math.max(1, ttl.toMillis()))));
    }

    boolean delete(String key) {
        return link.call(commands -> commands.unlink(namespace + key)).orElse(0L) > 0;
    }

    long deleteMatching(KeyPattern pattern) {
        return link.call(commands -> unlinkMatching(commands, pattern)).orElse(0L);
    }

    /** The namespace's keys per cache type, by one {@code SCAN} walk; empty while Redis is down. */
    Optional<Map<CacheType, Long>> entriesByType() {
        return link.call(commands -> {
            ScanArgs matching = ScanArgs.Builder.matches(literal(namespace + KeyPattern.EVERY_KEY.prefix()) + "*")
                    .limit(SCAN_PAGE);
            EntriesByType entries = new EntriesByType();
            ScanCursor cursor = ScanCursor.INITIAL;
            KeyScanCursor<String> page;
            do {
                page = commands.scan(cursor, matching);
                page.getKeys().forEach(key -> entries.count(key.substring(namespace.length())));
                cursor = page;
            } while (!page.isFinished());
            return entries.counts();
        });
    }

    void announce(Invalidation invalidation) {
        byte[] message = invalidation.message().getBytes(StandardCharsets.UTF_8);
        link.call(commands -> commands.publish(namespace + CHANNEL, message));
    }

    void later(Runnable task, Duration delay) {
        link.later(task, delay);
    }

    boolean available() {
        return link.available();
    }

    long outages() {
        return link.outages();
    }

    private long unlinkMatching(RedisCommands<String, byte[]> commands, KeyPattern pattern) {
        ScanArgs matching = ScanArgs.Builder.matches(literal(namespace + pattern.prefix()) + "*").limit(SCAN_PAGE);
        long removed = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        KeyScanCursor<String> page;
        do {
            page = commands.scan(cursor, matching);
            if (!page.getKeys().isEmpty()) {
                removed += commands.unlink(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!page.isFinished());
        return removed;
    }

    /** {@code text} as a glob that matches only itself ({@link KeyPattern} already has no {@code * ? [}). */
    private static String literal(String text) {
        return text.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    @Override
    public void close() {
        link.close();
    }
}
