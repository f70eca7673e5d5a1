package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.port.out.CachedResponse;
import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.ResponseCachePort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The cache ports in sorted maps; entries expire by the given clock; every eviction is remembered. */
public final class InMemoryCacheStore implements ResponseCachePort, CallerCachePort, EvictCachedResponsesPort {

    private final Map<String, CachedResponse> entries = new TreeMap<>();
    private final Map<String, Kept> values = new TreeMap<>();
    private final List<KeyPattern> evictions = new ArrayList<>();
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
    public <V> Optional<V> find(String key, Class<V> type) {
        Kept kept = values.get(key);
        if (kept == null || !kept.until().isAfter(clock.instant()) || !type.isInstance(kept.value())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(kept.value()));
    }

    @Override
    public long evictionMark() {
        return evictions.size();
    }

    @Override
    public boolean keep(String key, CachedResponse response, long mark) {
        if (evictedSince(key, mark)) {
            return false;
        }
        entries.put(key, response);
        return true;
    }

    @Override
    public boolean keep(String key, Object value, Duration ttl, long mark) {
        if (evictedSince(key, mark)) {
            return false;
        }
        values.put(key, new Kept(value, clock.instant().plus(ttl)));
        return true;
    }

    private boolean evictedSince(String key, long mark) {
        return evictions.subList((int) mark, evictions.size()).stream().anyMatch(pattern -> pattern.matches(key));
    }

    @Override
    public boolean evict(String key) {
        evictions.add(new KeyPattern(key));
        boolean wasValue = values.remove(key) != null;
        return entries.remove(key) != null || wasValue;
    }

    @Override
    public long evictMatching(KeyPattern pattern) {
        evictions.add(pattern);
        long before = entries.size() + values.size();
        entries.keySet().removeIf(pattern::matches);
        values.keySet().removeIf(pattern::matches);
        return before - entries.size() - values.size();
    }

    @Override
    public long evictAll() {
        return evictMatching(KeyPattern.EVERY_KEY);
    }

    public Set<String> keys() {
        Set<String> keys = new java.util.TreeSet<>(entries.keySet());
        keys.addAll(values.keySet());
        return Set.copyOf(keys);
    }

    private record Kept(Object value, Instant until) {
    }
}
