package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.CurrentOrganization;
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import java.util.Optional;

/** One of the four single auth reads (uncached, the measured "before"); same shaping as the auth context. */
public final class GetCurrentOrganizationService implements GetCurrentOrganizationUseCase {

    private final LoadUserAccessPort users;
    private final AuthViewMapper views = new AuthViewMapper();

    public GetCurrentOrganizationService(LoadUserAccessPort users) {
        this.users = users;
    }

    @Override
    public Optional<CurrentOrganization> getCurrentOrganization(GetCurrentOrganizationQuery query) {
        return users.loadUserAccess(query.user()).flatMap(views::currentOrganization);
    }
}
