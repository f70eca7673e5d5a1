package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.fakes.InMemoryUsers;
import com.padelyzer.bff.application.port.in.GetOrganizationClubsUseCase.GetOrganizationClubsQuery;
import com.padelyzer.bff.application.port.in.OrganizationClubs;
import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

class GetOrganizationClubsServiceTest {

    private final Organization first = People.organization();
    private final Organization current = People.organization();
    private final Club currentClub = Clubs.club(current.id());
    private final User user = People.user(8, false, false, current.id());
    private final InMemoryUsers users = new InMemoryUsers().with(new UserAccess(user,
            List.of(People.member(user, first, "org_admin", JOINED),
                    People.member(user, current, "billing", Instant.parse("2025-06-01T00:00:00Z"))), List.of()));
    private final Map<Organization, List<ClubWithCourtCount>> clubsByOrganization =
            Map.of(current, List.of(new ClubWithCourtCount(currentClub, 4)), first, List.of());
    private final GetOrganizationClubsService service = new GetOrganizationClubsService(users,
            organization -> clubsByOrganization.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(organization)).findFirst().orElseThrow().getValue());

    @Test
    void lists_the_clubs_of_the_current_organization_with_their_court_counts() {
        OrganizationClubs clubs = service.getOrganizationClubs(new GetOrganizationClubsQuery(user.id()));

        assertThat(clubs.current()).contains(current);
        assertThat(clubs.clubs()).singleElement().satisfies(club -> {
            assertThat(club.club().id()).isEqualTo(currentClub.id());
            assertThat(club.activeCourts()).isEqualTo(4);
        });
    }

    @Test
    void a_user_without_an_organization_gets_no_clubs() {
        OrganizationClubs clubs = service.getOrganizationClubs(new GetOrganizationClubsQuery(new UserId(999)));

        assertThat(clubs.current()).isEmpty();
        assertThat(clubs.clubs()).isEmpty();
    }
}
