package com.padelyzer.bff.domain.permission;

import com.padelyzer.bff.domain.club.ClubMembership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Permission strings as the main system computes them, without duplicates, in this order: {@code superuser},
 * {@code staff}, {@code organization:member} and {@code organization:<role>} for the current organization, then
 * per club in the order of {@link UserAccess#activeClubMemberships()}: {@code club:<id>:member},
 * {@code club:<id>:<role>}.
 */
public final class PermissionCalculator {

    public List<String> permissionsOf(UserAccess access) {
        Set<String> permissions = new LinkedHashSet<>();
        if (access.user().isSuperuser()) {
            permissions.add("superuser");
        }
        if (access.user().isStaff()) {
            permissions.add("staff");
        }
        access.currentMembership().ifPresent(membership -> {
            permissions.add("organization:member");
            permissions.add("organization:" + membership.role());
        });
        for (ClubMembership membership : access.activeClubMemberships()) {
            permissions.add("club:" + membership.clubId() + ":member");
            permissions.add("club:" + membership.clubId() + ":" + membership.role().code());
        }
        return new ArrayList<>(permissions);
    }
}
