package com.padelyzer.bff.domain.permission;

import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.policy.Decision;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A named list of {@link ClubAccessPolicy}: access is allowed when any policy allows it, otherwise denied with
 * {@link #DENIED} (the caller answers "Club not found or access denied" without saying which).
 */
public record ClubAccessRule(String name, List<ClubAccessPolicy> policies) {
    public static final String DENIED = "club_access_denied";

    public ClubAccessRule {
        Objects.requireNonNull(name, "name");
        policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one policy");
        }
    }

    /** Availability: superuser, organization member, or any active member of the club. */
    public static ClubAccessRule availability() {
        return new ClubAccessRule("availability", List.of(ClubAccessPolicy.superuser(),
                ClubAccessPolicy.organizationMember(), ClubAccessPolicy.clubMember(EnumSet.allOf(ClubRole.class))));
    }

    /** Analytics shows revenue: superuser, organization member, or club owner, admin or staff. */
    public static ClubAccessRule analytics() {
        return new ClubAccessRule("analytics", List.of(ClubAccessPolicy.superuser(),
                ClubAccessPolicy.organizationMember(),
                ClubAccessPolicy.clubMember(EnumSet.of(ClubRole.OWNER, ClubRole.ADMIN, ClubRole.STAFF))));
    }

    public Decision decide(UserAccess access, ClubTenancy club) {
        for (ClubAccessPolicy policy : policies) {
            if (policy.decide(access, club).isAllowed()) {
                return Decision.allowed();
            }
        }
        return Decision.denied(DENIED);
    }
}
