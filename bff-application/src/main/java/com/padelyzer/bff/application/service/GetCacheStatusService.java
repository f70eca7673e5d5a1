package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase;
import com.padelyzer.bff.application.port.out.CacheStoreStatus;
import com.padelyzer.bff.application.port.out.LoadCacheStatusPort;

import java.util.Arrays;

/** Reads the store's status and sets it beside the policy: each type's prefix, TTL and stale time. */
public final class GetCacheStatusService implements GetCacheStatusUseCase {

    private final LoadCacheStatusPort store;
    private final CacheTtls ttls;

    public GetCacheStatusService(LoadCacheStatusPort store, CacheTtls ttls) {
        this.store = store;
        this.ttls = ttls;
    }

    @Override
    public CacheStatusReport getCacheStatus(GetCacheStatusQuery query) {
        CacheStoreStatus status = store.loadCacheStatus();
        return new CacheStatusReport(status.l1Backend(), status.l2Backend(), status.redisAvailable(),
                Arrays.stream(CacheType.values()).map(type -> new CacheStatusReport.TypeStatus(type,
                        type.allKeys().prefix(), ttls.ttlFor(type), ttls.staleFor(type),
                        status.l1Entries().getOrDefault(type, 0L),
                        status.l2Entries().map(entries -> entries.getOrDefault(type, 0L)))).toList(),
                status.l1Hits(), status.l2Hits(), status.misses());
    }
}
