package com.padelyzer.bff.adapter.web.auth;

import com.padelyzer.bff.application.port.in.AuthContext;
import com.padelyzer.bff.application.port.in.ContextSummary;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The answers of the mocked auth use cases, one consistent user. */
final class AuthAnswers {

    static final String ORGANIZATION = "11111111-2222-4333-8444-555555555555";
    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";

    private AuthAnswers() {
    }

    static User user() {
        return new User(new UserId(42), "ana@example.com", "Ana", "López", true, false, false, null,
                Instant.parse("2025-01-10T09:00:00Z"), true, false, "+52 55 1234 5678", "America/Mexico_City", "es-mx",
                OrganizationId.of(ORGANIZATION));
    }

    static Organization organization() {
        return new Organization(OrganizationId.of(ORGANIZATION), "club", "Padel Norte SA de CV", "Padel Norte",
                "org@example.com", "", "active", true, Instant.parse("2024-03-01T10:15:30Z"));
    }

    static ClubMembership club() {
        Club club = new Club(ClubId.of(CLUB), OrganizationId.of(ORGANIZATION), "Padel Norte Centro",
                "padel-norte-centro", "", "club@example.com", "555", "",
                Map.of("street", "Av. Reforma 1", "city", "CDMX"),
                LocalTime.of(7, 0), LocalTime.of(23, 0), "", ZoneId.of("America/Mexico_City"), true);
        return new ClubMembership(new UserId(42), club, organization(), ClubRole.ADMIN,
                Instant.parse("2025-02-01T08:00:00Z"), true);
    }

    static List<String> permissions() {
        return List.of("organization:member", "organization:org_admin", "club:" + CLUB + ":member",
                "club:" + CLUB + ":admin");
    }

    static AuthContext context(boolean withOrganization) {
        return new AuthContext(user(), withOrganization ? organization() : null,
                withOrganization ? List.of(new OrganizationMembership(new UserId(42), organization(), "org_admin",
                        Instant.parse("2025-01-11T00:00:00Z"), true)) : List.of(),
                List.of(club()), permissions(),
                new ContextSummary(withOrganization, true, withOrganization ? 1 : 0, 1, false,
                        withOrganization ? "org_admin" : null),
                Instant.parse("2026-11-25T12:00:00Z"));
    }

    static final String USER_JSON = "{\"id\":\"42\",\"email\":\"ana@example.com\",\"first_name\":\"Ana\","
            + "\"last_name\":\"López\",\"is_active\":true,\"is_staff\":false,\"is_superuser\":false,"
            + "\"last_login\":null,\"date_joined\":\"2025-01-10T09:00:00Z\",\"email_verified\":true,"
            + "\"two_factor_enabled\":false,\"phone_number\":\"+52 55 1234 5678\","
            + "\"timezone\":\"America/Mexico_City\",\"language\":\"es-mx\"}";

    static final String ORGANIZATION_JSON = "{\"id\":\"" + ORGANIZATION + "\",\"trade_name\":\"Padel Norte\","
            + "\"business_name\":\"Padel Norte SA de CV\",\"type\":\"club\",\"state\":\"active\","
            + "\"email\":\"org@example.com\",\"phone\":\"\",\"created_at\":\"2024-03-01T10:15:30Z\","
            + "\"is_active\":true}";

    static final String CLUBS_JSON = "[{\"id\":\"" + CLUB + "\",\"name\":\"Padel Norte Centro\",\"description\":\"\","
            + "\"slug\":\"padel-norte-centro\",\"logo_url\":\"\",\"address\":{\"city\":\"CDMX\","
            + "\"street\":\"Av. Reforma 1\"},\"city\":\"CDMX\",\"email\":\"club@example.com\",\"phone\":\"555\","
            + "\"website\":\"\",\"is_active\":true,\"organization\":{\"id\":\"" + ORGANIZATION + "\","
            + "\"trade_name\":\"Padel Norte\"},\"membership\":{\"role\":\"admin\","
            + "\"joined_at\":\"2025-02-01T08:00:00Z\",\"is_active\":true}}]";

    static final String PERMISSIONS_JSON = "[\"organization:member\",\"organization:org_admin\",\"club:" + CLUB
            + ":member\",\"club:" + CLUB + ":admin\"]";
}
