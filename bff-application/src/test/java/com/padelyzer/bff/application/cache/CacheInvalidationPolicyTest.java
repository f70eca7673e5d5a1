package com.padelyzer.bff.application.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CacheInvalidationPolicyTest {

    private static final ClubId CLUB = new ClubId(UUID.randomUUID());
    private static final ClubId OTHER_CLUB = new ClubId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final UserId USER = new UserId(42);

    private final CacheKeys keys = new CacheKeys();
    private final CacheInvalidationPolicy policy = new CacheInvalidationPolicy();
    private final List<String> allKeys = List.of(
            keys.availability(CLUB, DAY, Set.of(), 60), keys.availability(CLUB, DAY.plusDays(1), Set.of(), 60),
            keys.availability(OTHER_CLUB, DAY, Set.of(), 60), keys.dashboard(CLUB, AnalyticsPeriod.WEEK, true, true,
                    true, true, DAY), keys.dashboard(OTHER_CLUB, AnalyticsPeriod.WEEK, true, true, true, true, DAY),
            keys.authContext(USER), keys.permissions(USER, Optional.empty()), keys.authContext(new UserId(421)));

    private List<String> stale(DataChange change) {
        List<KeyPattern> patterns = policy.staleKeys(change);
        return allKeys.stream().filter(key -> patterns.stream().anyMatch(p -> p.matches(key))).toList();
    }

    @Test
    void a_reservation_makes_that_dates_availability_and_the_clubs_dashboards_stale() {
        assertThat(stale(new DataChange.ReservationChanged(CLUB, DAY)))
                .containsExactly(allKeys.get(0), allKeys.get(3));
    }

    @Test
    void a_block_over_two_dates_makes_both_dates_stale() {
        assertThat(stale(new DataChange.BlockedSlotChanged(CLUB, DAY, DAY.plusDays(1))))
                .containsExactly(allKeys.get(0), allKeys.get(1), allKeys.get(3));
    }

    @Test
    void a_user_change_makes_only_that_users_auth_and_permission_keys_stale() {
        assertThat(stale(new DataChange.UserChanged(USER))).containsExactly(allKeys.get(5), allKeys.get(6));
    }

    @Test
    void a_club_change_makes_every_key_of_that_club_stale() {
        assertThat(stale(new DataChange.ClubChanged(CLUB))).containsExactly(allKeys.get(0), allKeys.get(1),
                allKeys.get(3));
    }

    @Test
    void an_unnamed_set_of_users_makes_every_auth_and_permission_key_stale() {
        assertThat(stale(new DataChange.EveryUserChanged())).containsExactly(allKeys.get(5), allKeys.get(6),
                allKeys.get(7));
    }

    @Test
    void a_client_profile_makes_every_dashboard_stale_and_nothing_else() {
        assertThat(stale(new DataChange.EveryDashboardChanged())).containsExactly(allKeys.get(3), allKeys.get(4));
    }

    @Test
    void missed_changes_make_every_key_stale() {
        assertThat(stale(new DataChange.EverythingChanged())).containsExactlyElementsOf(allKeys);
    }

    @Test
    void patterns_are_literal_prefixes_with_a_scan_glob() {
        assertThat(CacheType.DASHBOARD_ANALYTICS.allKeys().glob()).isEqualTo("bff:dashboard:*");
        assertThat(CacheType.AUTH_CONTEXT.code()).isEqualTo("auth_context");
        assertThatThrownBy(() -> new KeyPattern("bff:*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyPattern("other:")).isInstanceOf(IllegalArgumentException.class);
    }
}
