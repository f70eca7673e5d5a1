package com.padelyzer.bff.adapter.web.analytics;

import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import jakarta.inject.Singleton;

/** The dashboard as a {@link Read}, for its controller and the cache warm-up alike (one key, one rendering). */
@Singleton
public final class DashboardReads {

    private final GetClubAnalyticsUseCase analytics;
    private final CacheKeys keys;

    DashboardReads(GetClubAnalyticsUseCase analytics, CacheKeys keys) {
        this.analytics = analytics;
        this.keys = keys;
    }

    /** Keyed and computed with the club-local date the windows end on. */
    public Read<ClubAnalytics> of(GetClubAnalyticsQuery query) {
        return Read.cachedForClubToday(new Access.ClubReader(query.club(), ClubAccessPurpose.ANALYTICS),
                CacheType.DASHBOARD_ANALYTICS,
                today -> keys.dashboard(query.club(), query.period(), query.includeRevenue(), query.includeOccupancy(),
                        query.includeCustomers(), query.comparePrevious(), today),
                today -> analytics.getClubAnalytics(query.endingOn(today)), ClubAnalyticsResponse::of);
    }
}
