package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * The club dashboard (SPEC §5.1). Does not authorize: callers run {@link AuthorizeRequestUseCase} with
 * {@link ClubAccessPurpose#ANALYTICS} first (before any cache read). Empty when the club does not exist.
 */
public interface GetClubAnalyticsUseCase {

    Optional<ClubAnalytics> getClubAnalytics(GetClubAnalyticsQuery query);

    /** Parameters with defaults filled in; {@link #defaults(ClubId)} is a month with every section and comparison. */
    record GetClubAnalyticsQuery(ClubId club, AnalyticsPeriod period, boolean includeRevenue,
                                 boolean includeOccupancy, boolean includeCustomers, boolean comparePrevious) {
        public GetClubAnalyticsQuery {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(period, "period");
        }

        public static GetClubAnalyticsQuery defaults(ClubId club) {
            return new GetClubAnalyticsQuery(club, AnalyticsPeriod.MONTH, true, true, true, true);
        }
    }
}
