package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.application.port.out.LoadOrganizationClubsPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class OrganizationClubsAdapterIT extends PostgresBackedTest {

    @Inject
    LoadOrganizationClubsPort clubs;

    @Test
    void lists_the_active_clubs_of_the_organization_with_their_active_courts_in_one_statement() {
        UUID organization = fixtures.organization("Padel Cadena");
        UUID other = fixtures.organization("Padel Otra");
        UUID open = fixtures.club(organization, true, null);
        UUID closedDown = fixtures.club(organization, false, null);
        UUID foreign = fixtures.club(other, true, null);
        fixtures.court(open, organization, 1, true, false, "400");
        fixtures.court(open, organization, 2, true, true, "400");
        fixtures.court(open, organization, 3, false, false, "400");
        fixtures.court(foreign, other, 1, true, false, "400");

        List<ClubWithCourtCount> found = inOneStatement(() -> clubs.loadActiveClubs(new OrganizationId(organization)));

        assertThat(found).singleElement().satisfies(counted -> {
            assertThat(counted.club().id()).isEqualTo(new ClubId(open));
            assertThat(counted.activeCourts()).as("maintenance counts as a court, inactive does not").isEqualTo(2);
        });
        assertThat(closedDown).isNotNull();
    }

    @Test
    void an_organization_without_clubs_has_an_empty_list() {
        assertThat(inOneStatement(() -> clubs.loadActiveClubs(new OrganizationId(UUID.randomUUID())))).isEmpty();
    }
}
