package com.padelyzer.bff.application.port.out;

/** Reads the cache store's backends, entries per type and lookup counts (management). */
public interface LoadCacheStatusPort {
    CacheStoreStatus loadCacheStatus();
}
