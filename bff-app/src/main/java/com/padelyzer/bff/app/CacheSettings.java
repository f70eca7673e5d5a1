package com.padelyzer.bff.app;

import com.padelyzer.bff.application.cache.CacheTtls;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code bff.cache.*}: TTLs per cache type (SPEC §6; defaults in application.yml), the L1 byte budget, and whether
 * anything is cached at all ({@code responses}: rendered answers and the caller check's values).
 * Handed on as plain values: {@link CacheTtls} to the core, {@code L1Capacity} and {@code ResponseCaching} to the
 * adapters.
 */
@ConfigurationProperties("bff.cache")
record CacheSettings(@Bindable(defaultValue = "false") boolean responses, Ttl ttl, L1 l1) {

    /** {@code bff.cache.l1.max-bytes}: the in-process cache's byte budget. */
    @ConfigurationProperties("l1")
    record L1(@Bindable(defaultValue = "67108864") long maxBytes) {
    }

    @ConfigurationProperties("ttl")
    record Ttl(@Bindable(defaultValue = "60s") Duration availability,
               @Bindable(defaultValue = "300s") Duration dashboardAnalytics,
               @Bindable(defaultValue = "3600s") Duration authContext,
               @Bindable(defaultValue = "600s") Duration userPermissions,
               @Bindable(defaultValue = "600s") Duration clubData) {
    }

    CacheTtls ttls() {
        return new CacheTtls(ttl.availability(), ttl.dashboardAnalytics(), ttl.authContext(), ttl.userPermissions(),
                ttl.clubData());
    }
}
