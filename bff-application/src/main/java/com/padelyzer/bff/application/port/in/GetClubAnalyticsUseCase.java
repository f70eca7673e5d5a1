package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The club dashboard (SPEC §5.1). Does not authorize: callers run {@link AuthorizeRequestUseCase} with
 * {@link ClubAccessPurpose#ANALYTICS} first (before any cache read). Empty when the club does not exist.
 */
public interface GetClubAnalyticsUseCase {

    Optional<ClubAnalytics> getClubAnalytics(GetClubAnalyticsQuery query);

    /**
     * Parameters with defaults filled in; {@link #defaults(ClubId)} is a month with every section and comparison.
     * {@code endDate} is the club-local date the windows end on, null for "today in the club's zone"; the read path
     * sets it to the date in the answer's cache key.
     */
    record GetClubAnalyticsQuery(ClubId club, AnalyticsPeriod period, boolean includeRevenue,
                                 boolean includeOccupancy, boolean includeCustomers, boolean comparePrevious,
                                 LocalDate endDate) {
        public GetClubAnalyticsQuery {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(period, "period");
        }

        public GetClubAnalyticsQuery(ClubId club, AnalyticsPeriod period, boolean includeRevenue,
                                     boolean includeOccupancy, boolean includeCustomers, boolean comparePrevious) {
            this(club, period, includeRevenue, includeOccupancy, includeCustomers, comparePrevious, null);
        }

        /** The same query with its windows ending on {@code date}. */
        public GetClubAnalyticsQuery endingOn(LocalDate date) {
            return new GetClubAnalyticsQuery(club, period, includeRevenue, includeOccupancy, includeCustomers,
                    comparePrevious, Objects.requireNonNull(date, "date"));
        }

        public static GetClubAnalyticsQuery defaults(ClubId club) {
            return new GetClubAnalyticsQuery(club, AnalyticsPeriod.MONTH, true, true, true, true);
        }
    }
}
