package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.ORG_A;
import static org.assertj.core.api.Assertions.assertThat;

/** The auth context on {@link Fixture}, and its parity with the four single reads it replaces. */
class AuthContextIT {

    private final BffServer server = BffServer.get();

    private JsonNode get(String uri, long user) {
        HttpResponse<String> response = server.get(uri, TestTokens.accessToken(user));
        assertThat(response.code()).as(uri + " " + server.body(response)).isEqualTo(200);
        return server.json(response);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }

    @Test
    void an_organization_admin_sees_profile_current_organization_and_permissions() {
        JsonNode context = get("/api/bff/auth/context/", Fixture.ORG_A_ADMIN);

        JsonNode user = context.get("user");
        assertThat(user.get("id").getStringValue()).isEqualTo("102");
        assertThat(user.get("email").getStringValue()).isEqualTo("admin@a.mx");
        assertThat(user.get("two_factor_enabled").getBooleanValue()).isTrue();
        assertThat(user.get("last_login").isNull()).isTrue();
        assertThat(user.get("date_joined").getStringValue()).startsWith("2025-01-12T09:00");
        assertThat(user.get("phone_number").getStringValue()).isEmpty();
        assertThat(user.get("language").getStringValue()).isEqualTo("es-mx");
        JsonNode current = context.get("current_organization");
        assertThat(current.get("id").getStringValue()).isEqualTo(ORG_A);
        assertThat(current.get("trade_name").getStringValue()).isEqualTo("Pádel A");
        assertThat(current.get("email").getStringValue()).isEqualTo("hola@padel-a.mx");
        assertThat(current.get("phone").getStringValue()).isEqualTo("+52 55 1000 0000");
        assertThat(current.get("type").getStringValue()).isEqualTo("chain");
        assertThat(context.get("organizations").size()).as("the inactive membership is left out").isEqualTo(1);
        JsonNode organization = context.get("organizations").get(0);
        assertThat(organization.get("role").getStringValue()).isEqualTo("org_admin");
        assertThat(organization.get("is_current").getBooleanValue()).isTrue();
        assertThat(organization.get("membership").get("is_active").getBooleanValue()).isTrue();
        assertThat(strings(context.get("permissions"))).containsExactly("organization:member", "organization:org_admin");
        JsonNode summary = context.get("context");
        assertThat(summary.get("has_organization").getBooleanValue()).isTrue();
        assertThat(summary.get("has_clubs").getBooleanValue()).isFalse();
        assertThat(summary.get("organization_count").getIntValue()).isEqualTo(1);
        assertThat(summary.get("is_multi_org").getBooleanValue()).isFalse();
        assertThat(summary.get("primary_role").getStringValue()).isEqualTo("org_admin");
        assertThat(context.get("_metadata").get("optimized").getBooleanValue()).isTrue();
        assertThat(context.get("_metadata").get("cache_key").getStringValue()).startsWith("bff:auth:context:102:");
    }

    @Test
    void a_club_member_has_no_organization_and_one_active_club_with_its_address() {
        JsonNode context = get("/api/bff/auth/context/", Fixture.AVAILABILITY_MEMBER);

        assertThat(context.get("current_organization").isNull()).isTrue();
        assertThat(context.get("organizations").size()).isZero();
        assertThat(context.get("clubs").size()).as("the inactive admin membership is left out").isEqualTo(1);
        JsonNode club = context.get("clubs").get(0);
        assertThat(club.get("id").getStringValue()).isEqualTo(AVAILABILITY_CLUB);
        assertThat(club.get("city").getStringValue()).isEqualTo("Puebla");
        assertThat(club.get("address").get("city").getStringValue()).isEqualTo("Puebla");
        assertThat(club.get("organization").get("trade_name").getStringValue()).isEqualTo("Pádel A");
        assertThat(club.get("membership").get("role").getStringValue()).isEqualTo("member");
        assertThat(club.get("membership").get("joined_at").getStringValue()).startsWith("2025-03-01T10:00");
        assertThat(strings(context.get("permissions"))).containsExactly("club:" + AVAILABILITY_CLUB + ":member");
        assertThat(context.get("context").get("has_organization").getBooleanValue()).isFalse();
    }

    @Test
    void superuser_staff_and_club_roles_get_the_main_systems_permission_strings() {
        assertThat(strings(get("/api/bff/auth/context/", Fixture.SUPERUSER).get("permissions")))
                .containsExactly("superuser", "staff");
        assertThat(strings(get("/api/bff/auth/context/", Fixture.PLATFORM_STAFF).get("permissions")))
                .containsExactly("staff");
        assertThat(strings(get("/api/bff/auth/context/", Fixture.ANALYTICS_OWNER).get("permissions")))
                .containsExactly("club:" + Fixture.ANALYTICS_CLUB + ":member", "club:" + Fixture.ANALYTICS_CLUB + ":owner");
        JsonNode owner = get("/api/bff/auth/context/", Fixture.ANALYTICS_OWNER);
        assertThat(owner.get("clubs").get(0).get("membership").get("role").getStringValue()).isEqualTo("owner");
        assertThat(owner.get("context").get("has_clubs").getBooleanValue()).isTrue();
        assertThat(owner.get("context").get("club_count").getIntValue()).isEqualTo(1);
        assertThat(owner.get("user").get("last_login").getStringValue()).startsWith("2026-03-17T10:00");
    }

    @Test
    void the_aggregate_equals_what_the_four_single_reads_return() {
        for (long user : new long[]{Fixture.ORG_A_ADMIN, Fixture.AVAILABILITY_MEMBER, Fixture.ANALYTICS_OWNER}) {
            JsonNode context = get("/api/bff/auth/context/", user);

            assertThat(get("/api/auth/user/", user)).isEqualTo(context.get("user"));
            assertThat(get("/api/clubs/user-clubs/", user).get("clubs")).isEqualTo(context.get("clubs"));
            assertThat(get("/api/auth/permissions/", user).get("permissions")).isEqualTo(context.get("permissions"));
            HttpResponse<String> organization = server.get("/api/root/organization/", TestTokens.accessToken(user));
            if (context.get("current_organization").isNull()) {
                assertThat(organization.code()).isEqualTo(404);
                assertThat(server.json(organization).get("code").getStringValue()).isEqualTo("no_organization");
            } else {
                assertThat(server.json(organization)).isEqualTo(context.get("current_organization"));
            }
        }
    }

    @Test
    void user_clubs_lists_the_current_organizations_active_clubs_with_active_court_counts() {
        JsonNode admin = get("/api/bff/auth/user-clubs/", Fixture.ORG_A_ADMIN);

        assertThat(admin.get("organization").get("id").getStringValue()).isEqualTo(ORG_A);
        assertThat(admin.get("count").getIntValue()).isEqualTo(2);
        JsonNode analytics = admin.get("clubs").get(0);
        assertThat(analytics.get("name").getStringValue()).isEqualTo("Club Analítica");
        assertThat(analytics.get("courts_count").getIntValue()).as("two bookable, one in maintenance").isEqualTo(3);
        assertThat(admin.get("clubs").get(1).get("courts_count").getIntValue()).isEqualTo(4);

        JsonNode member = get("/api/bff/auth/user-clubs/", Fixture.AVAILABILITY_MEMBER);
        assertThat(member.get("organization").isNull()).isTrue();
        assertThat(member.get("clubs").size()).isZero();
    }

    @Test
    void a_miss_costs_at_most_two_statements() {
        HttpResponse<String> response = server.get("/api/bff/auth/context/", TestTokens.accessToken(Fixture.SUPERUSER));

        assertThat(response.header("Server-Timing")).matches(".*db;dur=[0-9.]+;desc=\"[12] quer.*");
    }
}
