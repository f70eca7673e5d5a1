package com.padelyzer.bff.app;

import com.padelyzer.bff.application.cache.CacheInvalidationPolicy;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase;
import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase;
import com.padelyzer.bff.application.port.in.GetUserClubsUseCase;
import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.in.GetOrganizationClubsUseCase;
import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase;
import com.padelyzer.bff.application.performance.RecommendationRules;
import com.padelyzer.bff.application.port.out.LoadCacheStatusPort;
import com.padelyzer.bff.application.service.FlushCacheService;
import com.padelyzer.bff.application.service.GetCacheStatusService;
import com.padelyzer.bff.application.service.GetPerformanceReportService;
import com.padelyzer.bff.application.port.out.CallerCachePort;
import com.padelyzer.bff.application.port.out.EvictCachedResponsesPort;
import com.padelyzer.bff.application.port.out.LoadActiveClubsPort;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.application.port.out.LoadIndexStatisticsPort;
import com.padelyzer.bff.application.port.out.LoadOrganizationClubsPort;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.application.service.AuthorizeRequestService;
import com.padelyzer.bff.application.service.GetActiveClubsService;
import com.padelyzer.bff.application.service.CheckSlotAvailabilityService;
import com.padelyzer.bff.application.service.GetAuthContextService;
import com.padelyzer.bff.application.service.GetBulkAvailabilityService;
import com.padelyzer.bff.application.service.GetClubAnalyticsService;
import com.padelyzer.bff.application.service.GetCurrentOrganizationService;
import com.padelyzer.bff.application.service.GetIndexUsageService;
import com.padelyzer.bff.application.service.GetOrganizationClubsService;
import com.padelyzer.bff.application.service.GetUserClubsService;
import com.padelyzer.bff.application.service.GetUserPermissionsService;
import com.padelyzer.bff.application.service.GetUserProfileService;
import com.padelyzer.bff.application.service.InvalidateCacheService;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.permission.PermissionCalculator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Currency;

/** Wires the framework-free core: domain services and use cases get their ports and the clock here. */
@Factory
final class UseCaseFactory {

    private static final Currency CLUB_CURRENCY = Currency.getInstance("MXN");

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    CacheKeys cacheKeys() {
        return new CacheKeys();
    }

    @Singleton
    CacheTtls cacheTtls(CacheSettings settings) {
        return settings.ttls();
    }

    @Singleton
    AvailabilityCalculator availabilityCalculator() {
        return AvailabilityCalculator.standard();
    }

    @Singleton
    PermissionCalculator permissionCalculator() {
        return new PermissionCalculator();
    }

    @Singleton
    AuthorizeRequestUseCase authorizeRequest(LoadCallerPort callers, CallerCachePort cache, CacheKeys keys,
                                             CacheTtls ttls, CacheSettings settings) {
        return new AuthorizeRequestService(callers, settings.callers() ? cache : CallerCachePort.none(), keys, ttls);
    }

    @Singleton
    GetClubAnalyticsUseCase getClubAnalytics(LoadClubAnalyticsSnapshotPort snapshots, Clock clock) {
        return new GetClubAnalyticsService(snapshots, ClubAnalyticsCalculator.standard(), CLUB_CURRENCY, clock);
    }

    @Singleton
    GetBulkAvailabilityUseCase getBulkAvailability(LoadClubDaySnapshotPort days, AvailabilityCalculator calculator,
                                                   Clock clock) {
        return new GetBulkAvailabilityService(days, calculator, clock);
    }

    @Singleton
    CheckSlotAvailabilityUseCase checkSlotAvailability(LoadCourtDaySnapshotPort days, AvailabilityCalculator calculator,
                                                       Clock clock) {
        return new CheckSlotAvailabilityService(days, calculator, clock);
    }

    @Singleton
    GetAuthContextUseCase getAuthContext(LoadUserAccessPort users, PermissionCalculator permissions, Clock clock) {
        return new GetAuthContextService(users, permissions, clock);
    }

    @Singleton
    GetUserProfileUseCase getUserProfile(LoadUserAccessPort users) {
        return new GetUserProfileService(users);
    }

    @Singleton
    GetCurrentOrganizationUseCase getCurrentOrganization(LoadUserAccessPort users) {
        return new GetCurrentOrganizationService(users);
    }

    @Singleton
    GetUserClubsUseCase getUserClubs(LoadUserAccessPort users) {
        return new GetUserClubsService(users);
    }

    @Singleton
    GetOrganizationClubsUseCase getOrganizationClubs(LoadUserAccessPort users, LoadOrganizationClubsPort clubs) {
        return new GetOrganizationClubsService(users, clubs);
    }

    @Singleton
    GetActiveClubsUseCase getActiveClubs(LoadActiveClubsPort clubs) {
        return new GetActiveClubsService(clubs);
    }

    @Singleton
    GetIndexUsageUseCase getIndexUsage(LoadIndexStatisticsPort statistics, Clock clock) {
        return new GetIndexUsageService(statistics, clock);
    }

    @Singleton
    InvalidateCacheUseCase invalidateCache(EvictCachedResponsesPort responses) {
        return new InvalidateCacheService(responses, new CacheInvalidationPolicy());
    }

    @Singleton
    GetUserPermissionsUseCase getUserPermissions(LoadUserAccessPort users, PermissionCalculator permissions) {
        return new GetUserPermissionsService(users, permissions);
    }

    @Singleton
    FlushCacheUseCase flushCache(EvictCachedResponsesPort responses, MeterRegistry meters) {
        FlushCacheService flush = new FlushCacheService(responses);
        Counter flushed = Counter.builder("bff.cache.evictions.flushed")
                .description("entries removed by management flushes").register(meters);
        return command -> {
            long removed = flush.flushCache(command);
            flushed.increment(removed);
            return removed;
        };
    }

    @Singleton
    GetCacheStatusUseCase getCacheStatus(LoadCacheStatusPort store, CacheTtls ttls) {
        return new GetCacheStatusService(store, ttls);
    }

    @Singleton
    GetPerformanceReportUseCase getPerformanceReport(GetCacheStatusUseCase cache, GetIndexUsageUseCase indexes) {
        return new GetPerformanceReportService(cache, indexes, RecommendationRules.standard());
    }
}
