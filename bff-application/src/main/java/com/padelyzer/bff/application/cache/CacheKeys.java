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

    /**
     * {@code bff:dashboard:<club>:<period>:<md5 of the six parameters and the club-local date the windows end on>},
     * so a kept month rolls over at the club's midnight.
     */
    public String dashboard(ClubId club, AnalyticsPeriod period, boolean includeRevenue, boolean includeOccupancy,
                            boolean includeCustomers, boolean comparePrevious, LocalDate endDate) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("end_date", endDate.toString());
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

    /**
     * {@code bff:permissions:<user>:token:<md5 of the token id>}: the token was found not blacklisted. Under the
     * user's permission keys, so whatever evicts those (a blacklisting included) evicts it too.
     */
    public String liveToken(UserId user, String tokenId) {
        return CacheType.USER_PERMISSIONS.key(user, "token", CanonicalParameters.md5Hex(tokenId));
    }

    /** {@code bff:club:<club>:tenancy}: the club's organization and time zone, for the caller check. */
    public String clubOnRecord(ClubId club) {
        return CacheType.CLUB_DATA.key(club, "tenancy");
    }

    /** {@code bff:permissions:<user>:<organization or global>}. */
    public String permissions(UserId user, Optional<OrganizationId> organization) {
        return CacheType.USER_PERMISSIONS.key(user, organization.map(OrganizationId::toString).orElse("global"));
    }
}
