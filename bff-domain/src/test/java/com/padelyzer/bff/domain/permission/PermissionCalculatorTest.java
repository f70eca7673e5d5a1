package com.padelyzer.bff.domain.permission;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionCalculatorTest {

    private final Organization organization = People.organization();
    private final Club older = Clubs.club(organization.id());
    private final Club newer = Clubs.club(organization.id());
    private final PermissionCalculator calculator = new PermissionCalculator();

    @Test
    void lists_flags_then_current_organization_then_clubs_in_membership_order_without_duplicates() {
        User user = People.user(42, true, true, organization.id());
        ClubMembership inactive = People.inactiveClubMember(user, Clubs.club(organization.id()), ClubRole.OWNER);
        UserAccess access = new UserAccess(user, List.of(People.member(user, organization, "org_admin", JOINED)),
                List.of(People.clubMember(user, newer, ClubRole.MEMBER, JOINED.plusSeconds(60)),
                        People.clubMember(user, older, ClubRole.ADMIN, JOINED), inactive));
        assertThat(calculator.permissionsOf(access)).containsExactly("superuser", "staff", "organization:member",
                "organization:org_admin", "club:" + older.id() + ":member", "club:" + older.id() + ":admin",
                "club:" + newer.id() + ":member");
    }

    @Test
    void a_plain_user_without_memberships_has_no_permissions() {
        assertThat(calculator.permissionsOf(new UserAccess(People.user(5), List.of(), List.of()))).isEmpty();
    }
}
