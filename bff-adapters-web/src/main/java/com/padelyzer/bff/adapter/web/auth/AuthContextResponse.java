package com.padelyzer.bff.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.application.port.in.AuthContext;
import com.padelyzer.bff.application.port.in.ContextSummary;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/** The auth context body of SPEC §5.2; {@code current_organization} is {@code null} (present) when there is none. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record AuthContextResponse(UserBody user, @Schema(nullable = true) OrganizationBody currentOrganization, List<Organization> organizations,
                           List<ClubBody> clubs, List<String> permissions, Context context,
                           @JsonProperty("_metadata") @Schema(name = "__metadata") Metadata metadata) {

    static AuthContextResponse of(AuthContext auth, Computation computation) {
        ContextSummary summary = auth.context();
        return new AuthContextResponse(UserBody.of(auth.user()),
                auth.current().map(OrganizationBody::of).orElse(null),
                auth.organizations().stream().map(m -> Organization.of(m, auth.isCurrent(m))).toList(),
                auth.clubs().stream().map(ClubBody::of).toList(), auth.permissions(),
                new Context(summary.hasOrganization(), summary.hasClubs(), summary.organizationCount(),
                        summary.clubCount(), summary.isMultiOrg(), summary.primaryRole()),
                new Metadata(IsoText.timestamp(auth.generatedAt()), computation.cacheKey(), true));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Organization(String id, String tradeName, String businessName, String type, String state, String role,
                        boolean isCurrent, Membership membership) {

        static Organization of(OrganizationMembership membership, boolean isCurrent) {
            var organization = membership.organization();
            return new Organization(organization.id().toString(), organization.tradeName(),
                    organization.businessName(), organization.type(), organization.state(), membership.role(),
                    isCurrent, new Membership(IsoText.timestamp(membership.joinedAt()), membership.isActive(),
                    membership.role()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Membership(String joinedAt, boolean isActive, String role) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Context(boolean hasOrganization, boolean hasClubs, int organizationCount, int clubCount,
                   boolean isMultiOrg, @Schema(nullable = true) String primaryRole) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Metadata(String generatedAt, String cacheKey, boolean optimized) {
    }
}
