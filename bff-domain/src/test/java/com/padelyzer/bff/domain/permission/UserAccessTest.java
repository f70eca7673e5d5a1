package com.padelyzer.bff.domain.permission;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static com.padelyzer.bff.domain.fixtures.People.inactiveMember;
import static com.padelyzer.bff.domain.fixtures.People.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAccessTest {

    private final Organization first = People.organization();
    private final Organization second = People.organization();
    private final Organization third = People.organization();

    @Test
    void the_current_organization_is_the_users_choice_when_its_membership_is_active() {
        User user = People.user(7, false, false, second.id());
        OrganizationMembership chosen = member(user, second, "billing", JOINED.plusSeconds(60));
        UserAccess access = new UserAccess(user, List.of(member(user, first, "org_admin", JOINED), chosen), List.of());
        assertThat(access.currentMembership()).contains(chosen);
    }

    @Test
    void falls_back_to_the_earliest_joined_active_membership() {
        User user = People.user(7, false, false, third.id());
        OrganizationMembership earliest = member(user, second, "support", JOINED);
        UserAccess access = new UserAccess(user, List.of(member(user, first, "org_admin", JOINED.plusSeconds(60)),
                earliest, inactiveMember(user, third, "root_admin")), List.of());
        assertThat(access.currentMembership()).contains(earliest);
        assertThat(access.activeOrganizationMemberships()).extracting(OrganizationMembership::organization)
                .containsExactly(second, first);
    }

    @Test
    void has_no_current_organization_without_active_memberships() {
        User user = People.user(7, false, false, first.id());
        UserAccess access = new UserAccess(user, List.of(inactiveMember(user, first, "org_admin")), List.of());
        assertThat(access.currentMembership()).isEmpty();
    }
}
