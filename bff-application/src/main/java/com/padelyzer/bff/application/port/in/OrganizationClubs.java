package com.padelyzer.bff.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The active clubs of the user's current organization ({@code organizationId} null and no clubs when the user has
 * none), each with its active court count.
 */
public record OrganizationClubs(String organizationId, String organizationTradeName, List<Club> clubs) {

    public OrganizationClubs {
        clubs = List.copyOf(Objects.requireNonNull(clubs, "clubs"));
    }

    public record Club(String id, String name, String slug, String city, Map<String, String> address,
                       String email, String phone, boolean isActive, int courtsCount) {
        public Club {
            Objects.requireNonNull(id, "id");
            address = Map.copyOf(Objects.requireNonNull(address, "address"));
        }
    }
}
