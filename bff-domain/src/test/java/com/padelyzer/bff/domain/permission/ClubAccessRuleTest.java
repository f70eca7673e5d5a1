package com.padelyzer.bff.domain.permission;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClubAccessRuleTest {

    private final Organization home = People.organization();
    private final Organization other = People.organization();
    private final Club club = Clubs.club(home.id());
    private final User user = People.user(9);

    private UserAccess clubMember(ClubRole role) {
        return new UserAccess(user, List.of(), List.of(People.clubMember(user, club, role, JOINED)));
    }

    @Test
    void any_active_club_member_may_read_availability_but_only_owner_admin_staff_may_read_analytics() {
        assertThat(ClubAccessRule.availability().decide(clubMember(ClubRole.MEMBER), club.tenancy()).isAllowed()).isTrue();
        assertThat(ClubAccessRule.analytics().decide(clubMember(ClubRole.MEMBER), club.tenancy()))
                .isEqualTo(Decision.denied(ClubAccessRule.DENIED));
        for (ClubRole role : List.of(ClubRole.OWNER, ClubRole.ADMIN, ClubRole.STAFF)) {
            assertThat(ClubAccessRule.analytics().decide(clubMember(role), club.tenancy()).isAllowed()).isTrue();
        }
    }

    @Test
    void organization_members_and_superusers_may_read_both_but_inactive_memberships_count_for_nothing() {
        UserAccess orgMember = new UserAccess(user, List.of(People.member(user, home, "support", JOINED)), List.of());
        UserAccess superuser = new UserAccess(People.user(10, false, true, null), List.of(), List.of());
        UserAccess lapsed = new UserAccess(user, List.of(People.inactiveMember(user, home, "org_admin")),
                List.of(People.inactiveClubMember(user, club, ClubRole.OWNER)));
        for (ClubAccessRule rule : List.of(ClubAccessRule.availability(), ClubAccessRule.analytics())) {
            assertThat(rule.decide(orgMember, club.tenancy()).isAllowed()).isTrue();
            assertThat(rule.decide(superuser, club.tenancy()).isAllowed()).isTrue();
            assertThat(rule.decide(lapsed, club.tenancy()).isAllowed()).isFalse();
        }
    }

    @Property(tries = 1000)
    void a_user_never_reaches_a_club_of_an_organization_they_do_not_belong_to(
            @ForAll @IntRange(max = 4) int foreignOrganizations, @ForAll @IntRange(max = 4) int foreignClubs,
            @ForAll boolean staff, @ForAll @IntRange(max = 3) int roleIndex, @ForAll boolean currentIsTarget,
            @ForAll @IntRange(min = 1, max = 1_000_000) int userId) {
        User candidate = People.user(userId, staff, false, currentIsTarget ? home.id() : other.id());
        List<OrganizationMembership> memberships = new ArrayList<>();
        List<ClubMembership> clubs = new ArrayList<>();
        for (int i = 0; i < foreignOrganizations; i++) {
            Organization organization = i == 0 ? other : People.organization();
            memberships.add(People.member(candidate, organization, "org_admin", JOINED));
            memberships.add(People.inactiveMember(candidate, home, "org_admin"));
        }
        for (int i = 0; i < foreignClubs; i++) {
            Club foreign = Clubs.club(i % 2 == 0 ? home.id() : other.id());
            clubs.add(People.clubMember(candidate, foreign, ClubRole.values()[roleIndex], JOINED));
        }
        UserAccess access = new UserAccess(candidate, memberships, clubs);
        assertThat(ClubAccessRule.availability().decide(access, club.tenancy()).isAllowed()).isFalse();
        assertThat(ClubAccessRule.analytics().decide(access, club.tenancy()).isAllowed()).isFalse();
    }
}
