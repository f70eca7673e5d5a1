package com.padelyzer.bff.application.cache;

import java.time.Duration;
import java.util.Objects;

/** Time-to-live per cache type; {@link #defaults()} is SPEC §6. Configuration builds one from its own record. */
public record CacheTtls(Duration availability, Duration dashboardAnalytics, Duration authContext,
                        Duration userPermissions, Duration clubData) {
    public CacheTtls {
        for (Duration ttl : new Duration[] {availability, dashboardAnalytics, authContext, userPermissions, clubData}) {
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("TTLs must be positive, got " + ttl);
            }
        }
    }

    /** How long past its TTL a dashboard may be served while one background refresh runs (SPEC §6). */
    public static final Duration DASHBOARD_STALE_FOR = Duration.ofSeconds(30);

    /** How long past its TTL an entry of {@code type} may still be served stale: dashboards only. */
    public Duration staleFor(CacheType type) {
        return type == CacheType.DASHBOARD_ANALYTICS ? DASHBOARD_STALE_FOR : Duration.ZERO;
    }

    /** availability 60 s, dashboard 300 s, auth context 3600 s, permissions 600 s, club data 600 s. */
    public static CacheTtls defaults() {
        return new CacheTtls(Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(3600),
                Duration.ofSeconds(600), Duration.ofSeconds(600));
    }

    public Duration ttlFor(CacheType type) {
        return switch (type) {
            case AVAILABILITY -> availability;
            case DASHBOARD_ANALYTICS -> dashboardAnalytics;
            case AUTH_CONTEXT -> authContext;
            case USER_PERMISSIONS -> userPermissions;
            case CLUB_DATA -> clubData;
        };
    }
}
