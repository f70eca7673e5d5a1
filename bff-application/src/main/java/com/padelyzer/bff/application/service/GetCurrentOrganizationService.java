package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.UserAccess;
import java.util.Optional;

/** One of the four single auth reads (uncached, the measured "before"); the same organization as the auth context. */
public final class GetCurrentOrganizationService implements GetCurrentOrganizationUseCase {

    private final LoadUserAccessPort users;

    public GetCurrentOrganizationService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public Optional<Organization> getCurrentOrganization(GetCurrentOrganizationQuery query) {
        return users.loadUserAccess(query.user()).flatMap(UserAccess::currentMembership)
                .map(OrganizationMembership::organization);
    }
}
