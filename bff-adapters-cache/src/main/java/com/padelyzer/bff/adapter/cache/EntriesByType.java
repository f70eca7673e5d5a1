package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;

import java.util.EnumMap;
import java.util.Map;

/** Counts keys by the cache type whose prefix they carry; keys of no type are not counted. */
final class EntriesByType {

    private final Map<CacheType, Long> counts = new EnumMap<>(CacheType.class);

    void count(String key) {
        for (CacheType type : CacheType.values()) {
            if (type.allKeys().matches(key)) {
                counts.merge(type, 1L, Long::sum);
                return;
            }
        }
    }

    Map<CacheType, Long> counts() {
        return Map.copyOf(counts);
    }
}
