package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import jakarta.inject.Singleton;

/** Maps a {@link UserAccessRow} to the domain's {@link UserAccess}, memberships active or not. */
@Singleton
final class AccessMapper {

    private final ClubMapper clubs;

    AccessMapper(ClubMapper clubs) {
        this.clubs = clubs;
    }

    UserAccess userAccess(UserAccessRow row) {
        UserId user = new UserId(row.user().id());
        return new UserAccess(user(row.user()),
                row.organizationMemberships().stream()
                        .map(m -> new OrganizationMembership(user, organization(m.organization()), m.role(),
                                TextValues.instant(m.joinedAt()), m.isActive()))
                        .toList(),
                row.clubMemberships().stream()
                        .map(m -> new ClubMembership(user, clubs.club(m.club()), organization(m.organization()),
                                ClubRole.fromCode(m.role()), TextValues.instant(m.createdAt()), m.isActive()))
                        .toList());
    }

    private static User user(UserRow row) {
        return new User(new UserId(row.id()), row.email(), row.firstName(), row.lastName(), row.isActive(),
                row.isStaff(), row.isSuperuser(), TextValues.instantOrNull(row.lastLogin()),
                TextValues.instant(row.dateJoined()), row.emailVerified(), row.twoFactorEnabled(), row.phone(),
                row.timezone(), row.language(),
                row.currentOrganizationId() == null ? null : new OrganizationId(row.currentOrganizationId()));
    }

    private static Organization organization(OrganizationRow row) {
        return new Organization(new OrganizationId(row.id()), row.type(), row.businessName(), row.tradeName(),
                row.primaryEmail(), row.primaryPhone(), row.state(), row.isActive(),
                TextValues.instant(row.createdAt()));
    }
}
