package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.AuthContext;
import com.padelyzer.bff.application.port.in.ContextSummary;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.PermissionCalculator;
import com.padelyzer.bff.domain.permission.UserAccess;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The auth context from one {@link LoadUserAccessPort} read; its parts equal what the four single reads return. */
public final class GetAuthContextService implements GetAuthContextUseCase {

    private final LoadUserAccessPort users;
    private final PermissionCalculator permissions;
    private final Clock clock;

    public GetAuthContextService(LoadUserAccessPort users, PermissionCalculator permissions, Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public Optional<AuthContext> getAuthContext(GetAuthContextQuery query) {
        return users.loadUserAccess(query.user()).map(this::context);
    }

    @Override
    public AuthContext authContextOf(AuthContextOfAccessQuery query) {
        return context(query.access());
    }

    private AuthContext context(UserAccess access) {
        Optional<OrganizationMembership> current = access.currentMembership();
        List<OrganizationMembership> organizations = access.activeOrganizationMemberships();
        List<ClubMembership> clubs = access.activeClubMemberships();
        ContextSummary summary = new ContextSummary(current.isPresent(), !clubs.isEmpty(), organizations.size(),
                clubs.size(), organizations.size() > 1, current.map(OrganizationMembership::role).orElse(null));
        return new AuthContext(access.user(), current.map(OrganizationMembership::organization).orElse(null),
                organizations, clubs, permissions.permissionsOf(access), summary, clock.instant());
    }
}
