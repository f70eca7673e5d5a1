package com.padelyzer.bff.application.cache;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which keys a data change makes stale: a reservation or block of club C on date D → C's availability keys of D
 * and C's dashboard keys; a user, membership or token change of U → U's auth-context and permission keys; a club,
 * court or schedule change of C → every key of C (its club data included); an unnamed set of users → every
 * auth-context and permission key; a client profile → every dashboard; missed changes → every key.
 */
public final class CacheInvalidationPolicy {

    public List<KeyPattern> staleKeys(DataChange change) {
        if (change instanceof DataChange.ReservationChanged c) {
            return List.of(availabilityOf(c.club(), c.date()), dashboardOf(c.club()));
        }
        if (change instanceof DataChange.BlockedSlotChanged c) {
            List<KeyPattern> patterns = new ArrayList<>();
            c.from().datesUntil(c.to().plusDays(1)).forEach(date -> patterns.add(availabilityOf(c.club(), date)));
            patterns.add(dashboardOf(c.club()));
            return patterns;
        }
        if (change instanceof DataChange.UserChanged c) {
            return userKeys(c.user());
        }
        if (change instanceof DataChange.ClubChanged c) {
            return clubKeys(c.club());
        }
        if (change instanceof DataChange.EveryUserChanged) {
            return List.of(CacheType.AUTH_CONTEXT.allKeys(), CacheType.USER_PERMISSIONS.allKeys());
        }
        if (change instanceof DataChange.EveryDashboardChanged) {
            return List.of(CacheType.DASHBOARD_ANALYTICS.allKeys());
        }
        return List.of(KeyPattern.EVERY_KEY);
    }

    /** Every key of a club (management flush by club). */
    public List<KeyPattern> clubKeys(ClubId club) {
        return List.of(CacheType.AVAILABILITY.keysOf(club), dashboardOf(club), CacheType.CLUB_DATA.keysOf(club));
    }

    /** Every key of a user (management flush by user, auth cache invalidation). */
    public List<KeyPattern> userKeys(UserId user) {
        return List.of(CacheType.AUTH_CONTEXT.keysOf(user), CacheType.USER_PERMISSIONS.keysOf(user));
    }

    private static KeyPattern availabilityOf(ClubId club, LocalDate date) {
        return CacheType.AVAILABILITY.keysOf(club, date);
    }

    private static KeyPattern dashboardOf(ClubId club) {
        return CacheType.DASHBOARD_ANALYTICS.keysOf(club);
    }
}
