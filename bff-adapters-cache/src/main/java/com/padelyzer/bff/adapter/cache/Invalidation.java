package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.KeyPattern;

import java.util.Objects;
import java.util.Optional;

/**
 * An eviction as one instance announces it to the others on the invalidation channel: who sent it, and either one
 * key or a key prefix. The message is text, {@code 1|<sender>|K|<key>} or {@code 1|<sender>|P|<prefix>}; anything
 * else is not ours and is ignored.
 */
record Invalidation(String sender, boolean singleKey, String keyOrPrefix) {

    private static final String VERSION = "1";

    Invalidation {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(keyOrPrefix, "keyOrPrefix");
        if (sender.isEmpty() || sender.contains("|")) {
            throw new IllegalArgumentException("a sender id is non-empty and has no |");
        }
    }

    static Invalidation ofKey(String sender, String key) {
        return new Invalidation(sender, true, key);
    }

    static Invalidation ofPattern(String sender, KeyPattern pattern) {
        return new Invalidation(sender, false, pattern.prefix());
    }

    /** The keys this invalidation covers, as a pattern (a single key is the prefix of itself and its longer keys). */
    KeyPattern pattern() {
        return new KeyPattern(keyOrPrefix);
    }

    String message() {
        return String.join("|", VERSION, sender, singleKey ? "K" : "P", keyOrPrefix);
    }

    static Optional<Invalidation> parse(String message) {
        String[] parts = message.split("\\|", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !(parts[2].equals("K") || parts[2].equals("P"))) {
            return Optional.empty();
        }
        try {
            Invalidation invalidation = new Invalidation(parts[1], parts[2].equals("K"), parts[3]);
            invalidation.pattern();
            return Optional.of(invalidation);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
