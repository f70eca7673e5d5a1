package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.CallerSnapshot;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class CallerAdapterIT extends PostgresBackedTest {

    @Inject
    LoadCallerPort callers;

    @Test
    void loads_the_caller_with_memberships_and_the_active_clubs_tenancy_in_one_statement() {
        UUID organization = fixtures.organization("Padel Centro");
        long user = fixtures.user(organization);
        fixtures.organizationMembership(user, organization, "org_admin", true, "2025-03-01T09:00:00Z");
        UUID club = fixtures.club(organization, true, null);
        fixtures.clubMembership(user, club, "admin", false, "2025-04-01T08:00:00Z");

        CallerSnapshot caller = inOneStatement(() -> callers.loadCaller(new UserId(user), "jti-" + Fixtures.unique(),
                Optional.of(new ClubId(club)))).orElseThrow();

        assertThat(caller.tokenRevoked()).isFalse();
        assertThat(caller.clubTenancy()).contains(new ClubTenancy(new ClubId(club), new OrganizationId(organization)));
        assertThat(caller.clubOnRecord()).get().extracting(ClubOnRecord::zone)
                .as("no zone of its own: the service default").isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(caller.access().organizationMemberships()).hasSize(1);
        assertThat(caller.access().clubMemberships()).singleElement()
                .satisfies(membership -> assertThat(membership.isActive()).isFalse());
    }

    @Test
    void gives_the_clubs_own_time_zone() {
        UUID organization = fixtures.organization("Padel Madrid");
        long user = fixtures.user(null);
        UUID club = fixtures.club(organization, true, "Europe/Madrid");

        CallerSnapshot caller = callers.loadCaller(new UserId(user), "jti-" + Fixtures.unique(),
                Optional.of(new ClubId(club))).orElseThrow();

        assertThat(caller.clubOnRecord()).get().extracting(ClubOnRecord::zone).isEqualTo(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void detects_a_blacklisted_token_id() {
        long user = fixtures.user(null);
        String jti = "jti-" + Fixtures.unique();
        fixtures.blacklist(jti, user);

        CallerSnapshot caller = inOneStatement(() -> callers.loadCaller(new UserId(user), jti, Optional.empty()))
                .orElseThrow();

        assertThat(caller.tokenRevoked()).isTrue();
        assertThat(caller.clubTenancy()).isEmpty();
    }

    @Test
    void gives_no_tenancy_for_an_inactive_club() {
        UUID organization = fixtures.organization("Padel Cerrado");
        long user = fixtures.user(null);
        UUID club = fixtures.club(organization, false, null);

        CallerSnapshot caller = inOneStatement(() -> callers.loadCaller(new UserId(user), "jti-" + Fixtures.unique(),
                Optional.of(new ClubId(club)))).orElseThrow();

        assertThat(caller.clubTenancy()).isEmpty();
    }

    @Test
    void gives_no_tenancy_for_an_unknown_club() {
        long user = fixtures.user(null);

        CallerSnapshot caller = inOneStatement(() -> callers.loadCaller(new UserId(user), "jti-" + Fixtures.unique(),
                Optional.of(new ClubId(UUID.randomUUID())))).orElseThrow();

        assertThat(caller.clubTenancy()).isEmpty();
        assertThat(caller.tokenRevoked()).isFalse();
    }

    @Test
    void answers_empty_for_an_unknown_user_even_with_a_blacklisted_token() {
        long known = fixtures.user(null);
        String jti = "jti-" + Fixtures.unique();
        fixtures.blacklist(jti, known);

        Optional<CallerSnapshot> caller = inOneStatement(
                () -> callers.loadCaller(new UserId(Long.MAX_VALUE - 11), jti, Optional.empty()));

        assertThat(caller).isEmpty();
    }

    @Test
    void finds_the_tenancy_of_a_courts_club_in_one_statement_and_none_for_an_unknown_court_or_an_inactive_club() {
        UUID organization = fixtures.organization("Padel Pista");
        long user = fixtures.user(organization);
        UUID club = fixtures.club(organization, true, "Europe/Madrid");
        UUID court = fixtures.court(club, organization, 1, true, false, "450.00");
        UUID closedClub = fixtures.club(organization, false, null);
        UUID closedCourt = fixtures.court(closedClub, organization, 1, true, false, "450.00");
        String jti = "jti-" + Fixtures.unique();
        fixtures.blacklist(jti, user);

        CallerSnapshot known = inOneStatement(
                () -> callers.loadCallerForCourt(new UserId(user), jti, new CourtId(court))).orElseThrow();
        CallerSnapshot unknown = inOneStatement(
                () -> callers.loadCallerForCourt(new UserId(user), jti, new CourtId(UUID.randomUUID()))).orElseThrow();
        CallerSnapshot inactive = inOneStatement(
                () -> callers.loadCallerForCourt(new UserId(user), jti, new CourtId(closedCourt))).orElseThrow();

        assertThat(known.clubTenancy()).contains(new ClubTenancy(new ClubId(club), new OrganizationId(organization)));
        assertThat(known.clubOnRecord()).get().extracting(ClubOnRecord::zone).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(known.tokenRevoked()).isTrue();
        assertThat(unknown.clubOnRecord()).isEmpty();
        assertThat(inactive.clubOnRecord()).isEmpty();
    }
}
