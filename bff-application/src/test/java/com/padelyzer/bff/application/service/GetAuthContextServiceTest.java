package com.padelyzer.bff.application.service;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.fakes.InMemoryUsers;
import com.padelyzer.bff.application.port.in.AuthContext;
import com.padelyzer.bff.application.port.in.ContextSummary;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.AuthContextOfAccessQuery;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.GetAuthContextQuery;
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase.GetCurrentOrganizationQuery;
import com.padelyzer.bff.application.port.in.GetUserClubsUseCase.GetUserClubsQuery;
import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase.GetUserPermissionsQuery;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase.GetUserProfileQuery;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.PermissionCalculator;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetAuthContextServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final Organization north = People.organization();
    private final Organization south = People.organization();
    private final Club club = Clubs.club(south.id());
    private final User user = People.user(42, true, false, south.id());
    private final InMemoryUsers users = new InMemoryUsers().with(new UserAccess(user,
            List.of(People.member(user, north, "billing", JOINED), People.member(user, south, "org_admin",
                    JOINED.plusSeconds(3600)), People.inactiveMember(user, People.organization(), "support")),
            List.of(People.clubMember(user, club, ClubRole.ADMIN, JOINED))));
    private final GetAuthContextService service = new GetAuthContextService(users, new PermissionCalculator(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_context_of_an_access_already_read_is_the_one_read_by_user_and_reads_nothing() {
        AuthContext read = service.getAuthContext(new GetAuthContextQuery(user.id())).orElseThrow();
        UserAccess checked = users.loadUserAccess(user.id()).orElseThrow();
        GetAuthContextService withoutUsers = new GetAuthContextService(
                id -> { throw new AssertionError("read " + id); }, new PermissionCalculator(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(withoutUsers.authContextOf(new AuthContextOfAccessQuery(checked))).isEqualTo(read);
    }

    @Test
    void assembles_user_organizations_clubs_permissions_and_context_from_one_read() {
        AuthContext context = service.getAuthContext(new GetAuthContextQuery(user.id())).orElseThrow();
        assertThat(context.user().id()).isEqualTo(new UserId(42));
        assertThat(context.current()).contains(south);
        assertThat(context.organizations()).extracting(OrganizationMembership::organizationId,
                OrganizationMembership::role, context::isCurrent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(north.id(), "billing", false),
                org.assertj.core.groups.Tuple.tuple(south.id(), "org_admin", true));
        assertThat(context.clubs()).singleElement().satisfies(c -> {
            assertThat(c.club().city()).isEqualTo("Monterrey");
            assertThat(c.role()).isEqualTo(ClubRole.ADMIN);
            assertThat(c.organization().id()).isEqualTo(south.id());
        });
        assertThat(context.permissions()).containsExactly("staff", "organization:member", "organization:org_admin",
                "club:" + club.id() + ":member", "club:" + club.id() + ":admin");
        assertThat(context.context()).isEqualTo(new ContextSummary(true, true, 2, 1, true, "org_admin"));
        assertThat(context.generatedAt()).isEqualTo(NOW);
    }

    @Test
    void the_aggregate_equals_what_the_four_single_reads_return() {
        AuthContext context = service.getAuthContext(new GetAuthContextQuery(user.id())).orElseThrow();
        assertThat(new GetUserProfileService(users).getUserProfile(new GetUserProfileQuery(user.id())))
                .contains(context.user());
        assertThat(new GetCurrentOrganizationService(users)
                .getCurrentOrganization(new GetCurrentOrganizationQuery(user.id()))).isEqualTo(context.current());
        assertThat(new GetUserClubsService(users).getUserClubs(new GetUserClubsQuery(user.id())))
                .isEqualTo(context.clubs());
        assertThat(new GetUserPermissionsService(users, new PermissionCalculator())
                .getUserPermissions(new GetUserPermissionsQuery(user.id()))).isEqualTo(context.permissions());
    }

    @Test
    void a_user_without_memberships_has_no_current_organization_and_an_empty_context() {
        User loner = People.user(7);
        InMemoryUsers only = new InMemoryUsers().with(new UserAccess(loner, List.of(), List.of()));
        AuthContext context = new GetAuthContextService(only, new PermissionCalculator(), Clock.fixed(NOW,
                ZoneOffset.UTC)).getAuthContext(new GetAuthContextQuery(loner.id())).orElseThrow();
        assertThat(context.current()).isEmpty();
        assertThat(context.context()).isEqualTo(new ContextSummary(false, false, 0, 0, false, null));
        assertThat(new GetCurrentOrganizationService(only)
                .getCurrentOrganization(new GetCurrentOrganizationQuery(loner.id()))).isEmpty();
    }

    @Test
    void an_unknown_user_gets_nothing() {
        UserId ghost = new UserId(999);
        assertThat(service.getAuthContext(new GetAuthContextQuery(ghost))).isEmpty();
        assertThat(new GetUserClubsService(users).getUserClubs(new GetUserClubsQuery(ghost))).isEmpty();
    }
}
