package com.padelyzer.bff.domain.club;

import com.padelyzer.bff.domain.organization.OrganizationId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * A club. {@code address} is the stored JSON object as string keys and values ({@code street}, {@code city}, ...);
 * {@code zone} is already resolved (the club's own time zone, else the service default).
 */
public record Club(ClubId id, OrganizationId organizationId, String name, String slug, String description,
                   String email, String phone, String website, Map<String, String> address, LocalTime openingTime,
                   LocalTime closingTime, String logoUrl, ZoneId zone, boolean isActive) {
    public Club {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(openingTime, "openingTime");
        Objects.requireNonNull(closingTime, "closingTime");
        Objects.requireNonNull(logoUrl, "logoUrl");
        Objects.requireNonNull(zone, "zone");
        address = Map.copyOf(Objects.requireNonNull(address, "address"));
    }

    /** The {@code city} key of the address, or an empty string. */
    public String city() {
        return address.getOrDefault("city", "");
    }

    public ClubTenancy tenancy() {
        return new ClubTenancy(id, organizationId);
    }
}
