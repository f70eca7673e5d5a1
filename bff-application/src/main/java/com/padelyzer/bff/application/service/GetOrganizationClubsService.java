package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetOrganizationClubsUseCase;
import com.padelyzer.bff.application.port.in.OrganizationClubs;
import com.padelyzer.bff.application.port.out.LoadOrganizationClubsPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;

import java.util.List;
import java.util.Optional;

/** Finds the user's current organization (SPEC §5.2 rule), then its active clubs: two reads. */
public final class GetOrganizationClubsService implements GetOrganizationClubsUseCase {

    private final LoadUserAccessPort users;
    private final LoadOrganizationClubsPort clubs;

    public GetOrganizationClubsService(LoadUserAccessPort users, LoadOrganizationClubsPort clubs) {
        this.users = users;
        this.clubs = clubs;
    }

    @Override
    public OrganizationClubs getOrganizationClubs(GetOrganizationClubsQuery query) {
        Optional<Organization> current = users.loadUserAccess(query.user())
                .flatMap(access -> access.currentMembership())
                .map(OrganizationMembership::organization);
        if (current.isEmpty()) {
            return new OrganizationClubs(null, List.of());
        }
        Organization organization = current.get();
        return new OrganizationClubs(organization, clubs.loadActiveClubs(organization.id()));
    }
}
