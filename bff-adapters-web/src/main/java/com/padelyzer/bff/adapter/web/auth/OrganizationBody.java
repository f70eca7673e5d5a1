package com.padelyzer.bff.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.domain.organization.Organization;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The {@code current_organization} object, in the auth context and alone at {@code GET /api/root/organization/}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record OrganizationBody(String id, String tradeName, String businessName, String type, String state, String email,
                        String phone, String createdAt, boolean isActive) {

    static OrganizationBody of(Organization organization) {
        return new OrganizationBody(organization.id().toString(), organization.tradeName(),
                organization.businessName(), organization.type(), organization.state(), organization.primaryEmail(),
                organization.primaryPhone(),
                IsoText.timestamp(organization.createdAt()), organization.isActive());
    }
}
