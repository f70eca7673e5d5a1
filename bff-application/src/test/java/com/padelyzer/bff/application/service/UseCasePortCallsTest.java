package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.fakes.InMemoryCacheStore;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.GetAuthContextQuery;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsCalculator;
import com.padelyzer.bff.domain.availability.AvailabilityCalculator;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.permission.PermissionCalculator;
import com.padelyzer.bff.domain.revenue.Money;
import com.padelyzer.bff.domain.slot.SlotLength;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * What each use case asks of its out-ports: one call per read, with the right arguments, and nothing more (the
 * "at most two statements per request" budget rests on it). Results are covered by the fake-based tests.
 */
@ExtendWith(MockitoExtension.class)
class UseCasePortCallsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T18:00:00Z"), ZoneOffset.UTC);
    private static final ClubId CLUB = new ClubId(UUID.fromString("000000c1-0000-4000-8000-000000000001"));
    private static final UserId USER = new UserId(42);

    @Mock
    LoadClubAnalyticsSnapshotPort snapshots;
    @Mock
    LoadClubDaySnapshotPort days;
    @Mock
    LoadUserAccessPort users;
    @Mock
    LoadCallerPort callers;

    @Test
    void analytics_reads_both_windows_for_every_end_date_the_club_zone_may_give_in_one_totals_call() {
        when(snapshots.loadAnalyticsTotals(any(), any())).thenReturn(Optional.empty());
        var service = new GetClubAnalyticsService(snapshots, ClubAnalyticsCalculator.standard(), Money.MXN, CLOCK);

        assertThat(service.getClubAnalytics(new GetClubAnalyticsQuery(CLUB, AnalyticsPeriod.WEEK, true, true, true,
                true))).isEmpty();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DateWindow>> windows = ArgumentCaptor.forClass(List.class);
        verify(snapshots).loadAnalyticsTotals(org.mockito.ArgumentMatchers.eq(CLUB), windows.capture());
        verifyNoMoreInteractions(snapshots);
        assertThat(windows.getValue()).contains(
                AnalyticsPeriod.WEEK.windowEndingOn(LocalDate.of(2026, 3, 17)),
                AnalyticsPeriod.WEEK.windowEndingOn(LocalDate.of(2026, 3, 18)),
                AnalyticsPeriod.WEEK.windowEndingOn(LocalDate.of(2026, 3, 19)),
                AnalyticsPeriod.WEEK.windowEndingOn(LocalDate.of(2026, 3, 18)).previous());
    }

    @Test
    void bulk_availability_reads_the_club_day_once_for_the_asked_date() {
        when(days.loadClubDay(any(), any())).thenReturn(Optional.empty());
        var service = new GetBulkAvailabilityService(days, AvailabilityCalculator.standard(), CLOCK);

        assertThat(service.getBulkAvailability(new GetBulkAvailabilityQuery(CLUB, LocalDate.of(2026, 3, 18), Set.of(),
                new SlotLength(90)))).isEmpty();

        verify(days).loadClubDay(CLUB, LocalDate.of(2026, 3, 18));
        verifyNoMoreInteractions(days);
    }

    @Test
    void the_auth_context_reads_the_users_access_once() {
        when(users.loadUserAccess(USER)).thenReturn(Optional.empty());
        var service = new GetAuthContextService(users, new PermissionCalculator(), CLOCK);

        assertThat(service.getAuthContext(new GetAuthContextQuery(USER))).isEmpty();

        verify(users).loadUserAccess(USER);
        verifyNoMoreInteractions(users);
    }

    @Test
    void authorization_reads_caller_token_and_club_tenancy_in_a_single_port_call() {
        when(callers.loadCaller(any(), any(), any())).thenReturn(Optional.empty());
        var service = new AuthorizeRequestService(callers, new InMemoryCacheStore(Clock.systemUTC()), new CacheKeys(),
                CacheTtls.defaults());

        Authorization verdict = service.authorizeRequest(
                AuthorizeRequestQuery.forClub(USER, "jti-7", CLUB, ClubAccessPurpose.ANALYTICS));

        assertThat(verdict).isEqualTo(new Authorization.Unauthenticated("unknown_user"));
        verify(callers).loadCaller(USER, "jti-7", Optional.of(CLUB));
        verifyNoMoreInteractions(callers);
    }
}
