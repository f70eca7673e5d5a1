package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.CurrentOrganization;
import com.padelyzer.bff.application.port.in.OrganizationEntry;
import com.padelyzer.bff.application.port.in.UserClub;
import com.padelyzer.bff.application.port.in.UserProfile;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import java.util.List;
import java.util.Optional;

/** Shapes domain users, organizations and clubs into the auth views; shared by the aggregate and the four reads. */
final class AuthViewMapper {

    UserProfile profile(User user) {
        return new UserProfile(user.id().toString(), user.email(), user.firstName(), user.lastName(),
                user.isActive(), user.isStaff(), user.isSuperuser(), user.lastLogin(), user.dateJoined(),
                user.emailVerified(), user.twoFactorEnabled(), user.phone(), user.timezone(), user.language());
    }

    Optional<CurrentOrganization> currentOrganization(UserAccess access) {
        return access.currentMembership().map(membership -> {
            Organization o = membership.organization();
            return new CurrentOrganization(o.id().toString(), o.tradeName(), o.businessName(), o.type(), o.state(),
                    o.primaryEmail(), o.primaryPhone(), o.createdAt(), o.isActive());
        });
    }

    List<OrganizationEntry> organizations(UserAccess access) {
        Optional<OrganizationMembership> current = access.currentMembership();
        return access.activeOrganizationMemberships().stream().map(m -> {
            Organization o = m.organization();
            boolean isCurrent = current.filter(c -> c.organizationId().equals(m.organizationId())).isPresent();
            return new OrganizationEntry(o.id().toString(), o.tradeName(), o.businessName(), o.type(), o.state(),
                    m.role(), isCurrent, new OrganizationEntry.Membership(m.joinedAt(), m.isActive(), m.role()));
        }).toList();
    }

    List<UserClub> clubs(UserAccess access) {
        return access.activeClubMemberships().stream().map(AuthViewMapper::club).toList();
    }

    private static UserClub club(ClubMembership membership) {
        Club c = membership.club();
        return new UserClub(c.id().toString(), c.name(), c.description(), c.slug(), c.logoUrl(), c.address(),
                c.city(), c.email(), c.phone(), c.website(), c.isActive(),
                new UserClub.OrganizationRef(membership.organization().id().toString(),
                        membership.organization().tradeName()),
                new UserClub.Membership(membership.role().code(), membership.createdAt(), membership.isActive()));
    }
}
