package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(startApplication = false, transactional = false)
class UserAccessAdapterIT extends PostgresBackedTest {

    @Inject
    LoadUserAccessPort users;

    @Test
    void loads_the_user_with_every_membership_flagging_the_inactive_ones_in_one_statement() {
        UUID home = fixtures.organization("Padel Norte");
        UUID other = fixtures.organization("Padel Sur");
        long user = fixtures.user(home);
        fixtures.organizationMembership(user, home, "org_admin", true, "2025-03-01T09:00:00Z");
        fixtures.organizationMembership(user, other, "billing", false, "2025-03-02T09:00:00Z");
        UUID activeClub = fixtures.club(other, true, "Europe/Madrid");
        UUID closedClub = fixtures.club(home, false, null);
        fixtures.clubMembership(user, activeClub, "staff", true, "2025-04-01T08:00:00Z");
        fixtures.clubMembership(user, closedClub, "owner", false, "2025-04-02T08:00:00Z");

        UserAccess access = inOneStatement(() -> users.loadUserAccess(new UserId(user))).orElseThrow();

        assertThat(access.user().id()).isEqualTo(new UserId(user));
        assertThat(access.user().firstName()).isEqualTo("Ana");
        assertThat(access.user().lastName()).isEqualTo("Pérez");
        assertThat(access.user().isStaff()).isTrue();
        assertThat(access.user().lastLogin()).isNull();
        assertThat(access.user().dateJoined()).isEqualTo(Instant.parse("2025-02-01T10:00:00Z"));
        assertThat(access.user().currentOrganization()).contains(new OrganizationId(home));
        assertThat(access.organizationMemberships())
                .extracting(OrganizationMembership::organizationId, OrganizationMembership::role,
                        OrganizationMembership::isActive, OrganizationMembership::joinedAt)
                .containsExactlyInAnyOrder(
                        tuple(new OrganizationId(home), "org_admin", true,
                                Instant.parse("2025-03-01T09:00:00Z")),
                        tuple(new OrganizationId(other), "billing", false,
                                Instant.parse("2025-03-02T09:00:00Z")));
        assertThat(access.organizationMemberships().get(0).organization().tradeName()).isEqualTo("Padel Norte");
        assertThat(access.organizationMemberships().get(0).organization().createdAt())
                .isEqualTo(Instant.parse("2025-01-02T03:04:05.123456Z"));
        assertThat(access.clubMemberships())
                .extracting(ClubMembership::clubId, ClubMembership::role, ClubMembership::isActive)
                .containsExactlyInAnyOrder(
                        tuple(new ClubId(activeClub),
                                ClubRole.STAFF, true),
                        tuple(new ClubId(closedClub),
                                ClubRole.OWNER, false));
        ClubMembership staff = access.activeClubMemberships().get(0);
        assertThat(staff.organization().tradeName()).isEqualTo("Padel Sur");
        assertThat(staff.club().zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(staff.club().address()).isEqualTo(
                Map.of("street", "Reforma 1", "city", "CDMX", "floor", "2", "gated", "true"));
        assertThat(staff.createdAt()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(access.activeClubMemberships()).hasSize(1);
    }

    @Test
    void loads_a_user_without_memberships_with_empty_lists() {
        long user = fixtures.user(null);

        UserAccess access = inOneStatement(() -> users.loadUserAccess(new UserId(user))).orElseThrow();

        assertThat(access.organizationMemberships()).isEmpty();
        assertThat(access.clubMemberships()).isEmpty();
        assertThat(access.user().currentOrganization()).isEmpty();
    }

    @Test
    void answers_empty_for_an_unknown_user() {
        Optional<UserAccess> access = inOneStatement(() -> users.loadUserAccess(new UserId(Long.MAX_VALUE - 7)));

        assertThat(access).isEmpty();
    }
}
