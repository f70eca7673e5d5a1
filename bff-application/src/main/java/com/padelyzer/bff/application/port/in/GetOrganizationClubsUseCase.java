package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.user.UserId;

import java.util.Objects;

/** The active clubs of the user's current organization with their court counts ({@code /api/bff/auth/user-clubs/}). */
public interface GetOrganizationClubsUseCase {

    OrganizationClubs getOrganizationClubs(GetOrganizationClubsQuery query);

    record GetOrganizationClubsQuery(UserId user) {
        public GetOrganizationClubsQuery {
            Objects.requireNonNull(user, "user");
        }
    }
}
