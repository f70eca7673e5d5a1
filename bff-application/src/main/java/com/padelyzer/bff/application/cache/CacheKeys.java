package com.padelyzer.bff.application.cache;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.user.UserId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cache keys of SPEC §6, {@code bff:<type>:<entity>:<params>:<hash>}. Callers pass parameters with defaults
 * already filled in, so equal requests (GET with defaults, POST spelled out) share one key.
 */
public final class CacheKeys {

    /** {@code bff:dashboard:<club>:<period>:<md5 of all six parameters>}. */
    public String dashboard(ClubId club, AnalyticsPeriod period, boolean includeRevenue, boolean includeOccupancy,
                            boolean includeCustomers, boolean comparePrevious) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("club", club.toString());
        parameters.put("period", period.code());
        parameters.put("include_revenue", Boolean.toString(includeRevenue));
        parameters.put("include_occupancy", Boolean.toString(includeOccupancy));
        parameters.put("include_customers", Boolean.toString(includeCustomers));
        parameters.put("compare_previous", Boolean.toString(comparePrevious));
        return CacheType.DASHBOARD_ANALYTICS.key(club, period.code(), CanonicalParameters.of(parameters).md5());
    }

    /** {@code bff:availability:<club>:<date>:<md5 of sorted court ids, or all>:<slot minutes>}. */
    public String availability(ClubId club, LocalDate date, Set<CourtId> courts, int slotMinutes) {
        String courtsPart = courts.isEmpty() ? "all" : CanonicalParameters.md5Hex(
                courts.stream().map(CourtId::toString).sorted().collect(Collectors.joining(",")));
        return CacheType.AVAILABILITY.key(club, date, courtsPart, slotMinutes);
    }

    /** {@code bff:auth:context:<user>:<md5 of user_id=<user>>}. */
    public String authContext(UserId user) {
        return CacheType.AUTH_CONTEXT.key(user, CanonicalParameters.of(Map.of("user_id", user.toString())).md5());
    }

    /** {@code bff:permissions:<user>:<organization or global>}. */
    public String permissions(UserId user, Optional<OrganizationId> organization) {
        return CacheType.USER_PERMISSIONS.key(user, organization.map(OrganizationId::toString).orElse("global"));
    }
}
