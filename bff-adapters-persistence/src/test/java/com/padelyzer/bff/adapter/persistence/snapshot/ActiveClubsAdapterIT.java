package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadActiveClubsPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.organization.OrganizationId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class ActiveClubsAdapterIT extends PostgresBackedTest {

    @Inject
    LoadActiveClubsPort clubs;

    @Test
    void lists_only_the_asked_clubs_that_are_active_with_their_zones_in_one_statement() {
        UUID organization = fixtures.organization("Padel Calentar");
        UUID madrid = fixtures.club(organization, true, "Europe/Madrid");
        UUID ownZoneless = fixtures.club(organization, true, null);
        UUID closed = fixtures.club(organization, false, null);

        List<ClubOnRecord> found = inOneStatement(() -> clubs.loadActiveClubRecords(Set.of(new ClubId(madrid),
                new ClubId(ownZoneless), new ClubId(closed), new ClubId(UUID.randomUUID())), 10));

        assertThat(found).containsExactlyInAnyOrder(
                new ClubOnRecord(new ClubTenancy(new ClubId(madrid), new OrganizationId(organization)),
                        ZoneId.of("Europe/Madrid")),
                new ClubOnRecord(new ClubTenancy(new ClubId(ownZoneless), new OrganizationId(organization)),
                        ZoneId.of("America/Mexico_City")));
    }

    @Test
    void lists_every_active_club_when_none_is_asked_up_to_the_limit() {
        UUID organization = fixtures.organization("Padel Todos");
        fixtures.club(organization, true, null);
        fixtures.club(organization, true, null);

        List<ClubOnRecord> all = clubs.loadActiveClubRecords(Set.of(), 1_000);
        List<ClubOnRecord> one = clubs.loadActiveClubRecords(Set.of(), 1);

        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(one).hasSize(1);
    }
}
