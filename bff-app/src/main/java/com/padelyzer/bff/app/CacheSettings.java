package com.padelyzer.bff.app;

import com.padelyzer.bff.application.cache.CacheTtls;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code bff.cache.*}: TTLs per cache type (SPEC §6; defaults in application.yml) and whether the read path keeps
 * rendered responses at all ({@code responses}, off until event-driven invalidation lands). Handed to the core as
 * the plain {@link CacheTtls} record and to the web adapter as {@code ResponseCaching}.
 */
@ConfigurationProperties("bff.cache")
record CacheSettings(@Bindable(defaultValue = "false") boolean responses, Ttl ttl) {

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
