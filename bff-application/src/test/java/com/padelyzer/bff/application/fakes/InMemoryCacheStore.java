package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CacheEntry;
import com.padelyzer.bff.application.port.out.CacheStorePort;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A cache store in a map, expiring entries by the given clock. */
public final class InMemoryCacheStore implements CacheStorePort {

    private final Map<String, CacheEntry> entries = new TreeMap<>();
    private final Clock clock;

    public InMemoryCacheStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        CacheEntry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    @Override
    public void put(String key, CacheEntry entry) {
        entries.put(key, entry);
    }

    @Override
    public boolean evict(String key) {
        return entries.remove(key) != null;
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        long before = entries.size();
        entries.keySet().removeIf(pattern::matches);
        return before - entries.size();
    }

    @Override
    public long evictAll() {
        long before = entries.size();
        entries.keySet().removeIf(key -> key.startsWith("bff:"));
        return before - entries.size();
    }

    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(entries.keySet());
    }
}
