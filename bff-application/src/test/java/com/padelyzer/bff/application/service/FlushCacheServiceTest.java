package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.fakes.InMemoryCacheStore;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushCacheCommand;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushTarget;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlushCacheServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final InMemoryCacheStore store = new InMemoryCacheStore(Clock.fixed(NOW, ZoneOffset.UTC));
    private final FlushCacheService flush = new FlushCacheService(store);
    private final CacheKeys keys = new CacheKeys();
    private final ClubId club = new ClubId(UUID.randomUUID());
    private final ClubId otherClub = new ClubId(UUID.randomUUID());
    private final UserId user = new UserId(7);
    private final UserId otherUser = new UserId(8);

    private String availability;
    private String otherAvailability;
    private String dashboard;
    private String otherDashboard;
    private String tenancy;
    private String otherTenancy;
    private String context;
    private String otherContext;
    private String permissions;
    private String liveToken;
    private String otherPermissions;

    @BeforeEach
    void cache_two_of_everything() {
        availability = response(keys.availability(club, DAY, Set.of(), 60), CacheType.AVAILABILITY);
        otherAvailability = response(keys.availability(otherClub, DAY, Set.of(), 60), CacheType.AVAILABILITY);
        dashboard = response(keys.dashboard(club, AnalyticsPeriod.MONTH, true, true, true, true, DAY),
                CacheType.DASHBOARD_ANALYTICS);
        otherDashboard = response(keys.dashboard(otherClub, AnalyticsPeriod.MONTH, true, true, true, true, DAY),
                CacheType.DASHBOARD_ANALYTICS);
        context = response(keys.authContext(user), CacheType.AUTH_CONTEXT);
        otherContext = response(keys.authContext(otherUser), CacheType.AUTH_CONTEXT);
        tenancy = value(keys.clubOnRecord(club));
        otherTenancy = value(keys.clubOnRecord(otherClub));
        permissions = value(keys.permissions(user, Optional.of(new OrganizationId(new UUID(1, 1)))));
        liveToken = value(keys.liveToken(user, "jti-1"));
        otherPermissions = value(keys.permissions(otherUser, Optional.empty()));
    }

    private String response(String key, CacheType type) {
        store.keep(key, new com.padelyzer.bff.application.port.out.CachedResponse(
                "{}".getBytes(StandardCharsets.UTF_8), "\"e\"", NOW, CacheTtls.defaults().ttlFor(type), type),
                store.evictionMark());
        return key;
    }

    private String value(String key) {
        store.keep(key, "kept", Duration.ofMinutes(10), store.evictionMark());
        return key;
    }

    private long flush(FlushTarget target, ClubId club, UserId user) {
        return flush.flushCache(new FlushCacheCommand(target, Optional.ofNullable(club), Optional.ofNullable(user)));
    }

    @Test
    void all_without_a_club_or_user_empties_the_cache_and_says_how_many_went() {
        assertThat(flush(FlushTarget.ALL, null, null)).isEqualTo(11);
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void all_of_a_club_takes_its_availability_dashboards_and_club_data_and_nothing_of_other_clubs() {
        assertThat(flush(FlushTarget.ALL, club, null)).isEqualTo(3);
        assertThat(store.keys()).doesNotContain(availability, dashboard, tenancy)
                .contains(otherAvailability, otherDashboard, otherTenancy, context, permissions);
    }

    @Test
    void all_of_a_user_takes_their_auth_context_and_permissions_caller_check_included() {
        assertThat(flush(FlushTarget.ALL, null, user)).isEqualTo(3);
        assertThat(store.keys()).doesNotContain(context, permissions, liveToken)
                .contains(otherContext, otherPermissions, availability, tenancy);
    }

    @Test
    void dashboard_and_availability_take_their_type_of_every_club_or_of_the_named_club() {
        assertThat(flush(FlushTarget.DASHBOARD, club, null)).isEqualTo(1);
        assertThat(store.keys()).doesNotContain(dashboard).contains(otherDashboard, availability);

        assertThat(flush(FlushTarget.AVAILABILITY, null, null)).isEqualTo(2);
        assertThat(store.keys()).doesNotContain(availability, otherAvailability).contains(otherDashboard);
    }

    @Test
    void auth_takes_auth_contexts_only() {
        assertThat(flush(FlushTarget.AUTH, null, user)).isEqualTo(1);
        assertThat(store.keys()).doesNotContain(context).contains(otherContext, permissions);

        assertThat(flush(FlushTarget.AUTH, null, null)).isEqualTo(1);
        assertThat(store.keys()).doesNotContain(otherContext);
    }

    @Test
    void permissions_take_the_caller_checks_entries_of_users_and_clubs() {
        assertThat(flush(FlushTarget.PERMISSIONS, null, user)).isEqualTo(2);
        assertThat(store.keys()).doesNotContain(permissions, liveToken).contains(otherPermissions, context);

        assertThat(flush(FlushTarget.PERMISSIONS, club, null)).isEqualTo(1);
        assertThat(store.keys()).doesNotContain(tenancy).contains(otherTenancy);

        assertThat(flush(FlushTarget.PERMISSIONS, null, null)).isEqualTo(2);
        assertThat(store.keys()).containsExactlyInAnyOrder(availability, otherAvailability, dashboard, otherDashboard,
                context, otherContext);
    }

    @Test
    void a_flush_that_cannot_match_anything_is_refused_before_anything_goes() {
        assertThatThrownBy(() -> flush(FlushTarget.DASHBOARD, null, user)).hasMessageContaining("belong to clubs");
        assertThatThrownBy(() -> flush(FlushTarget.AVAILABILITY, null, user)).hasMessageContaining("belong to clubs");
        assertThatThrownBy(() -> flush(FlushTarget.AUTH, club, null)).hasMessageContaining("belong to users");
        assertThatThrownBy(() -> flush(FlushTarget.ALL, club, user)).hasMessageContaining("cannot be combined");
        assertThat(store.keys()).hasSize(11);
    }

    @Test
    void targets_are_named_by_their_codes() {
        assertThat(FlushTarget.fromCode("permissions")).contains(FlushTarget.PERMISSIONS);
        assertThat(FlushTarget.fromCode("ALL")).isEmpty();
        assertThat(FlushTarget.fromCode("users")).isEmpty();
    }
}
