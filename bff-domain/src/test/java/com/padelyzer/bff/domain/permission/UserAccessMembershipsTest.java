package com.padelyzer.bff.domain.permission;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The membership lists the auth context shows: which count, and their order when joined at the same instant. */
class UserAccessMembershipsTest {

    private final User user = People.user(8);

    @Test
    void a_membership_of_an_inactive_club_is_not_listed() {
        Club open = Clubs.club();
        Club closedDown = deactivated(Clubs.club());
        UserAccess access = new UserAccess(user, List.of(), List.of(
                People.clubMember(user, closedDown, ClubRole.OWNER, JOINED),
                People.clubMember(user, open, ClubRole.MEMBER, JOINED.plusSeconds(60))));
        assertThat(access.activeClubMemberships()).extracting(ClubMembership::club).containsExactly(open);
    }

    @Test
    void club_memberships_of_the_same_instant_are_ordered_by_club_id() {
        Club first = withId(Clubs.club(), new UUID(0, 1));
        Club second = withId(Clubs.club(), new UUID(0, 2));
        Club earlier = withId(Clubs.club(), new UUID(0, 3));
        UserAccess access = new UserAccess(user, List.of(), List.of(
                People.clubMember(user, second, ClubRole.MEMBER, JOINED),
                People.clubMember(user, first, ClubRole.MEMBER, JOINED),
                People.clubMember(user, earlier, ClubRole.MEMBER, JOINED.minusSeconds(1))));
        assertThat(access.activeClubMemberships()).extracting(ClubMembership::clubId)
                .containsExactly(earlier.id(), first.id(), second.id());
    }

    @Test
    void organization_memberships_of_the_same_instant_are_ordered_by_organization_id() {
        Organization first = withId(People.organization(), new UUID(0, 1));
        Organization second = withId(People.organization(), new UUID(0, 2));
        UserAccess access = new UserAccess(user, List.of(People.member(user, second, "support", JOINED),
                People.member(user, first, "billing", JOINED)), List.of());
        assertThat(access.activeOrganizationMemberships()).extracting(OrganizationMembership::organizationId)
                .containsExactly(first.id(), second.id());
        assertThat(access.currentMembership()).map(OrganizationMembership::organizationId).contains(first.id());
    }

    private static Club deactivated(Club c) {
        return new Club(c.id(), c.organizationId(), c.name(), c.slug(), c.description(), c.email(), c.phone(),
                c.website(), c.address(), c.openingTime(), c.closingTime(), c.logoUrl(), c.zone(), false);
    }

    private static Club withId(Club c, UUID id) {
        return new Club(new ClubId(id), c.organizationId(), c.name(), c.slug(), c.description(), c.email(), c.phone(),
                c.website(), c.address(), c.openingTime(), c.closingTime(), c.logoUrl(), c.zone(), c.isActive());
    }

    private static Organization withId(Organization o, UUID id) {
        return new Organization(new OrganizationId(id), o.type(), o.businessName(), o.tradeName(), o.primaryEmail(),
                o.primaryPhone(), o.state(), o.isActive(), o.createdAt());
    }
}
