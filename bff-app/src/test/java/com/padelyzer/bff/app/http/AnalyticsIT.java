package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard analytics on {@link Fixture}, numbers computed by hand. Week 2026-03-12..18: per bookable court
 * 5 days x 840 min + Saturday 240 + Sunday 0 = 4,440 min, x 2 courts = 8,880 min (148 h). Counted: 90 + 60 + 120
 * = 270 min (the cancelled, inactive, pending and out-of-window ones are not). Previous week: 120 + 60 = 180 min.
 */
class AnalyticsIT {

    private final BffServer server = BffServer.get();
    private final String owner = TestTokens.accessToken(Fixture.ANALYTICS_OWNER);

    private JsonNode week(String extra) {
        HttpResponse<String> response = server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB
                + "&period=week" + extra, owner);
        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        return server.json(response);
    }

    @Test
    void computes_occupancy_over_bookable_courts_and_schedule_hours() {
        JsonNode body = week("");

        assertThat(body.get("period").getStringValue()).isEqualTo("week");
        assertThat(body.get("start_date").getStringValue()).isEqualTo("2026-03-12");
        assertThat(body.get("end_date").getStringValue()).isEqualTo("2026-03-18");
        assertThat(body.get("club").get("name").getStringValue()).isEqualTo("Club Analítica");
        JsonNode occupancy = body.get("occupancy");
        assertThat(occupancy.get("total_reservations").getIntValue()).isEqualTo(3);
        assertThat(occupancy.get("booked_hours").getDoubleValue()).isEqualTo(4.5);
        assertThat(occupancy.get("available_hours").getDoubleValue()).isEqualTo(148.0);
        assertThat(occupancy.get("total_slots").getIntValue()).isEqualTo(148);
        assertThat(occupancy.get("occupancy_rate").getDoubleValue()).isEqualTo(3.04);
        JsonNode comparison = occupancy.get("comparison");
        assertThat(comparison.get("previous_rate").getDoubleValue()).isEqualTo(2.03);
        assertThat(comparison.get("change").getDoubleValue()).isEqualTo(1.01);
        assertThat(comparison.get("change_percent").getDoubleValue()).isEqualTo(50.0);
    }

    @Test
    void estimates_revenue_from_total_price_else_the_reservations_else_the_courts_hourly_price() {
        JsonNode revenue = week("").get("revenue");

        // 400 x 1.5 h (court price) + 550 (total price) + 300 x 2 h (reservation price)
        assertThat(revenue.get("estimated_total").getDoubleValue()).isEqualTo(1750.0);
        assertThat(revenue.get("currency").getStringValue()).isEqualTo("MXN");
        assertThat(revenue.get("source").getStringValue()).isEqualTo("reservations");
        // previous week: 1000 (total price) + 400 x 1 h (court price) = 1400
        assertThat(revenue.get("comparison").get("previous_estimated").getDoubleValue()).isEqualTo(1400.0);
        assertThat(revenue.get("comparison").get("change").getDoubleValue()).isEqualTo(350.0);
        assertThat(revenue.get("comparison").get("change_percent").getDoubleValue()).isEqualTo(25.0);
    }

    @Test
    void counts_customers_and_new_customers_by_their_club_local_profile_date() {
        JsonNode customers = week("").get("customers");

        // creators 111 and 112; 111's profile is 2026-03-14 23:00 local (in), 112's is 2026-03-11 23:00 local (out)
        assertThat(customers.get("active_customers").getIntValue()).isEqualTo(2);
        assertThat(customers.get("new_customers").getIntValue()).isEqualTo(1);
        assertThat(customers.get("comparison").get("previous_active").getIntValue()).isEqualTo(2);
        assertThat(customers.get("comparison").get("change").getIntValue()).isEqualTo(0);
        assertThat(customers.get("comparison").get("change_percent").getDoubleValue()).isEqualTo(0.0);
    }

    @Test
    void a_month_has_no_previous_data_so_every_change_percent_is_zero() {
        HttpResponse<String> response = server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB, owner);
        JsonNode body = server.json(response);

        // 2026-02-17..03-18: 4 weeks (4 x 4,440) + Tuesday + Wednesday (2 x 840) = 19,440 min per court, x 2;
        // counted: the week's 270 min, the previous week's 180 and 2026-03-04's 60 = 510 min in 6 reservations
        assertThat(body.get("period").getStringValue()).isEqualTo("month");
        assertThat(body.get("start_date").getStringValue()).isEqualTo("2026-02-17");
        assertThat(body.get("occupancy").get("available_hours").getDoubleValue()).isEqualTo(648.0);
        assertThat(body.get("occupancy").get("total_reservations").getIntValue()).isEqualTo(6);
        assertThat(body.get("occupancy").get("occupancy_rate").getDoubleValue()).isEqualTo(1.31);
        assertThat(body.get("occupancy").get("comparison").get("change_percent").getDoubleValue()).isEqualTo(0.0);
        assertThat(body.get("revenue").get("estimated_total").getDoubleValue()).isEqualTo(3550.0);
        assertThat(body.get("customers").get("active_customers").getIntValue()).isEqualTo(3);
        assertThat(body.get("customers").get("new_customers").getIntValue()).isEqualTo(2);
    }

    @Test
    void a_quarter_and_a_year_count_their_own_weekdays() {
        // quarter 2025-12-19..2026-03-18: 12 weeks x 4,440 + Fri, Sat, Sun, Mon, Tue, Wed (3,600) = 56,880 min per court
        JsonNode quarter = server.json(server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB
                + "&period=quarter", owner));
        assertThat(quarter.get("start_date").getStringValue()).isEqualTo("2025-12-19");
        assertThat(quarter.get("occupancy").get("available_hours").getDoubleValue()).isEqualTo(1896.0);
        assertThat(quarter.get("occupancy").get("occupancy_rate").getDoubleValue()).isEqualTo(0.45);
        // year 2025-03-19..2026-03-18: 52 weeks x 4,440 + one Wednesday (840) = 231,720 min per court
        JsonNode year = server.json(server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB
                + "&period=year", owner));
        assertThat(year.get("start_date").getStringValue()).isEqualTo("2025-03-19");
        assertThat(year.get("occupancy").get("available_hours").getDoubleValue()).isEqualTo(7724.0);
        assertThat(year.get("occupancy").get("occupancy_rate").getDoubleValue()).isEqualTo(0.11);
        assertThat(year.get("occupancy").get("total_reservations").getIntValue()).isEqualTo(6);
    }

    @Test
    void each_include_flag_leaves_out_only_its_own_section() {
        JsonNode noOccupancy = week("&include_occupancy=false");
        assertThat(noOccupancy.get("occupancy")).isNull();
        assertThat(noOccupancy.get("revenue")).isNotNull();
        assertThat(noOccupancy.get("customers")).isNotNull();
        JsonNode noRevenue = week("&include_revenue=false");
        assertThat(noRevenue.get("revenue")).isNull();
        assertThat(noRevenue.get("occupancy")).isNotNull();
    }

    @Test
    void sections_left_out_are_absent_and_comparison_is_null_when_not_asked() {
        JsonNode body = week("&include_revenue=false&include_customers=false&compare_previous=false");

        assertThat(body.get("revenue")).isNull();
        assertThat(body.get("customers")).isNull();
        assertThat(body.get("occupancy").get("comparison").isNull()).isTrue();
    }

    @Test
    void post_with_defaults_spelled_out_shares_the_cache_key_of_the_bare_get() {
        HttpResponse<String> get = server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB, owner);
        HttpResponse<String> post = server.exchange(HttpRequest.POST("/api/bff/bi/analytics/club/",
                Map.of("club", ANALYTICS_CLUB, "period", "month")).bearerAuth(owner));

        assertThat(post.code()).isEqualTo(200);
        String key = server.json(get).get("_performance").get("cache_key").getStringValue();
        assertThat(key).startsWith("bff:dashboard:" + ANALYTICS_CLUB + ":month:");
        assertThat(server.json(post).get("_performance").get("cache_key").getStringValue()).isEqualTo(key);
        assertThat(server.json(post).get("occupancy")).isEqualTo(server.json(get).get("occupancy"));
    }

    @Test
    void a_miss_costs_at_most_two_statements_and_says_so_in_body_and_headers() {
        HttpResponse<String> response = server.get("/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB
                + "&period=quarter", owner);

        int computation = server.json(response).get("_performance").get("query_count").getIntValue();
        Matcher timing = Pattern.compile("db;dur=[0-9.]+;desc=\"([0-9]+) quer").matcher(response.header("Server-Timing"));
        assertThat(timing.find()).isTrue();
        int request = Integer.parseInt(timing.group(1));
        assertThat(computation).as("the body counts the computation").isEqualTo(1);
        assertThat(request).as("the header counts the whole request: caller and tenancy, then data").isEqualTo(2);
        assertThat(response.header("X-Cache")).isEqualTo("MISS");
        assertThat(response.header("ETag")).startsWith("\"");
        assertThat(response.header("Cache-Control")).startsWith("private, max-age=");
    }
}
