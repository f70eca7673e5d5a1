package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Management endpoints answer staff and superusers only (SPEC §4, §7). */
class ManagementIT {

    private static final String INDEXES = "/api/management/bff/database/indexes/";

    private final BffServer server = BffServer.get();

    @Test
    void staff_and_superusers_see_the_targeted_indexes_with_their_statistics_age() {
        for (long user : new long[]{Fixture.PLATFORM_STAFF, Fixture.SUPERUSER}) {
            HttpResponse<String> response = server.get(INDEXES, TestTokens.accessToken(user));

            assertThat(response.code()).as(server.body(response)).isEqualTo(200);
            JsonNode body = server.json(response);
            assertThat(body.get("indexes").size()).isEqualTo(8);
            assertThat(body.get("statistics_age_seconds").getLongValue()).isNotNegative();
            JsonNode first = body.get("indexes").get(0);
            assertThat(first.get("name").getStringValue()).isEqualTo("idx_bff_club_schedules");
            assertThat(first.get("definition").getStringValue()).contains("(club_id, weekday, is_active)");
            assertThat(first.get("backs_constraint").getBooleanValue()).isFalse();
        }
    }

    @Test
    void reports_at_least_the_scans_the_database_counted_for_an_index_a_query_had_to_use()
            throws InterruptedException {
        TestDatabase database = Fixture.loaded();
        // a literal club id, sequential scans off: the planner must take idx_bff_club_schedules
        database.execute("SET enable_seqscan = off; SET enable_bitmapscan = off; SELECT count(*) FROM clubs_schedule "
                + "WHERE club_id = '" + UUID.randomUUID() + "' AND weekday = 1 AND is_active");
        long counted = 0;
        // the closed session's counts reach the statistics when its backend exits: wait for it, boundedly
        for (int attempt = 0; attempt < 50 && counted == 0; attempt++) {
            Thread.sleep(100);
            counted = Long.parseLong(database.queryColumn("SELECT idx_scan FROM pg_stat_user_indexes "
                    + "WHERE indexrelname = 'idx_bff_club_schedules'").get(0));
        }

        JsonNode schedules = server.json(server.get(INDEXES, TestTokens.accessToken(Fixture.SUPERUSER)))
                .get("indexes").get(0);

        assertThat(counted).as("scans PostgreSQL counted").isPositive();
        assertThat(schedules.get("name").getStringValue()).isEqualTo("idx_bff_club_schedules");
        assertThat(schedules.get("scans").getLongValue()).isGreaterThanOrEqualTo(counted);
    }

    @Test
    void everyone_else_gets_403_even_an_organization_admin_and_an_owner() {
        for (long user : new long[]{Fixture.ORG_A_ADMIN, Fixture.ANALYTICS_OWNER, Fixture.AVAILABILITY_MEMBER}) {
            HttpResponse<String> response = server.get(INDEXES, TestTokens.accessToken(user));

            assertThat(response.code()).isEqualTo(403);
            assertThat(server.body(response))
                    .isEqualTo("{\"error\":\"You do not have permission to perform this action\",\"code\":\"forbidden\"}");
        }
        assertThat(server.get(INDEXES, TestTokens.expiredToken(Fixture.PLATFORM_STAFF)).code()).isEqualTo(401);
    }

    /** Every management operation, as a request without its token. */
    private static final List<Function<String, MutableHttpRequest<?>>> EVERY_OPERATION = List.of(
            token -> HttpRequest.GET(INDEXES).bearerAuth(token),
            token -> HttpRequest.POST("/api/management/bff/cache/warmup/", Map.of("club_ids", List.of()))
                    .bearerAuth(token),
            token -> HttpRequest.POST("/api/management/bff/cache/flush/", Map.of("type", "all")).bearerAuth(token),
            token -> HttpRequest.GET("/api/management/bff/cache/status/").bearerAuth(token),
            token -> HttpRequest.GET("/api/management/bff/performance/").bearerAuth(token),
            token -> HttpRequest.GET("/api/management/bff/metrics/").bearerAuth(token));

    @Test
    void a_member_and_an_organization_admin_get_403_on_every_management_endpoint() {
        for (long user : new long[]{Fixture.AVAILABILITY_MEMBER, Fixture.ORG_A_ADMIN}) {
            for (Function<String, MutableHttpRequest<?>> operation : EVERY_OPERATION) {
                MutableHttpRequest<?> request = operation.apply(TestTokens.accessToken(user));

                HttpResponse<String> response = server.exchange(request);

                assertThat(response.code()).as(request.getMethodName() + " " + request.getPath() + " as " + user)
                        .isEqualTo(403);
                assertThat(server.body(response)).contains("\"code\":\"forbidden\"");
            }
        }
    }

    @Test
    void every_management_endpoint_needs_a_live_token_and_answers_staff() {
        for (Function<String, MutableHttpRequest<?>> operation : EVERY_OPERATION) {
            MutableHttpRequest<?> expired = operation.apply(TestTokens.expiredToken(Fixture.PLATFORM_STAFF));
            MutableHttpRequest<?> staff = operation.apply(TestTokens.accessToken(Fixture.PLATFORM_STAFF));

            assertThat(server.exchange(expired).code()).as(expired.getPath()).isEqualTo(401);
            assertThat(server.exchange(staff).code()).as(staff.getPath()).isEqualTo(200);
        }
    }
}
