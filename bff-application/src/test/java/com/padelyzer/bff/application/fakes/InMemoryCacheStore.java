package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Both cache ports in a sorted map; entries expire by the given clock. */
public final class InMemoryCacheStore implements ResponseCachePort, EvictCachedResponsesPort {

    private final Map<String, CachedResponse> entries = new TreeMap<>();
    private final Clock clock;

    public InMemoryCacheStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<CachedResponse> find(String key) {
        CachedResponse entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    @Override
    public long evictionMark() {
        return 0;
    }

    @Override
    public boolean keep(String key, CachedResponse response, long mark) {
        entries.put(key, response);
        return true;
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
        return evictMatching(KeyPattern.EVERY_KEY);
    }

    public Set<String> keys() {
        return Set.copyOf(entries.keySet());
    }
}
