package com.padelyzer.bff.domain.permission;

import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.policy.Decision;
import java.util.EnumSet;
import java.util.Set;

/** One named way a user may reach a club's data. Rules combine policies; one allowing is enough. */
@FunctionalInterface
public interface ClubAccessPolicy {

    Decision decide(UserAccess access, ClubTenancy club);

    /** Superusers see every club. */
    static ClubAccessPolicy superuser() {
        return (access, club) -> access.user().isSuperuser() ? Decision.allowed() : Decision.denied("not_superuser");
    }

    /** An active membership in the club's organization, whatever its role. */
    static ClubAccessPolicy organizationMember() {
        return (access, club) -> access.organizationMemberships().stream()
                .anyMatch(m -> m.isActive() && m.organizationId().equals(club.organization()))
                ? Decision.allowed() : Decision.denied("not_organization_member");
    }

    /** An active membership in this very club with one of {@code roles}. */
    static ClubAccessPolicy clubMember(Set<ClubRole> roles) {
        Set<ClubRole> allowed = EnumSet.copyOf(roles);
        return (access, club) -> access.clubMemberships().stream()
                .anyMatch(m -> m.isActive() && m.clubId().equals(club.club()) && allowed.contains(m.role()))
                ? Decision.allowed() : Decision.denied("not_club_member");
    }
}
