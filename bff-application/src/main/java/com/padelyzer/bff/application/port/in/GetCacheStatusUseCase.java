package com.padelyzer.bff.application.port.in;

/** The management view of the cache (SPEC §7, {@code /api/management/bff/cache/status/}). */
public interface GetCacheStatusUseCase {

    CacheStatusReport getCacheStatus(GetCacheStatusQuery query);

    record GetCacheStatusQuery() {
    }
}
