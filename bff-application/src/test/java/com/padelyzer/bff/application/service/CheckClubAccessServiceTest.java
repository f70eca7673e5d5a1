package com.padelyzer.bff.application.service;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.fakes.InMemoryUsers;
import com.padelyzer.bff.application.port.in.CheckClubAccessUseCase.CheckClubAccessQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckClubAccessServiceTest {

    private final Organization mine = People.organization();
    private final Club myClub = Clubs.club(mine.id());
    private final Club foreignClub = Clubs.club();
    private final Club memberClub = Clubs.club();
    private final User user = People.user(5);
    private final InMemoryUsers users = new InMemoryUsers().with(myClub).with(foreignClub).with(memberClub)
            .with(new UserAccess(user, List.of(People.member(user, mine, "support", JOINED)),
                    List.of(People.clubMember(user, memberClub, ClubRole.MEMBER, JOINED))));
    private final CheckClubAccessService service = new CheckClubAccessService(users, users);

    private Decision check(UserId who, ClubId club, ClubAccessPurpose purpose) {
        return service.checkClubAccess(new CheckClubAccessQuery(who, club, purpose));
    }

    @Test
    void allows_the_clubs_of_the_users_organization_for_both_purposes() {
        assertThat(check(user.id(), myClub.id(), ClubAccessPurpose.ANALYTICS).isAllowed()).isTrue();
        assertThat(check(user.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY).isAllowed()).isTrue();
    }

    @Test
    void a_plain_club_member_sees_availability_but_not_analytics() {
        assertThat(check(user.id(), memberClub.id(), ClubAccessPurpose.AVAILABILITY).isAllowed()).isTrue();
        assertThat(check(user.id(), memberClub.id(), ClubAccessPurpose.ANALYTICS).isAllowed()).isFalse();
    }

    @Test
    void foreign_and_unknown_clubs_and_unknown_users_get_the_same_denial() {
        Decision foreign = check(user.id(), foreignClub.id(), ClubAccessPurpose.AVAILABILITY);
        assertThat(foreign.isAllowed()).isFalse();
        assertThat(check(user.id(), new ClubId(UUID.randomUUID()), ClubAccessPurpose.AVAILABILITY)).isEqualTo(foreign);
        assertThat(check(new UserId(404), myClub.id(), ClubAccessPurpose.AVAILABILITY)).isEqualTo(foreign);
    }
}
