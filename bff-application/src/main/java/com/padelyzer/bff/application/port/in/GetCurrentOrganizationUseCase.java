package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /api/root/organization/}: the current organization alone. Empty when there is none (404 no_organization). */
public interface GetCurrentOrganizationUseCase {

    Optional<Organization> getCurrentOrganization(GetCurrentOrganizationQuery query);

    record GetCurrentOrganizationQuery(UserId user) {
        public GetCurrentOrganizationQuery {
            Objects.requireNonNull(user, "user");
        }
    }
}
