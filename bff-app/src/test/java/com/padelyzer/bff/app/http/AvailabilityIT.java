package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.COURT_AV_A;
import static com.padelyzer.bff.app.http.Fixture.COURT_AV_B;
import static com.padelyzer.bff.app.http.Fixture.COURT_AV_C;
import static com.padelyzer.bff.app.http.Fixture.COURT_FOREIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Bulk availability of {@link Fixture#AVAILABILITY_CLUB} on Wednesday 2026-03-18 at 12:00 local ("now"). Court A
 * (08:00 grid): 08-11 past (08-10 also reserved: past wins), 14 and 15 blocked (court block 14:00-15:30; 15 is
 * also reserved 15:00-16:00: blocked wins), 16 and 17 reserved (pending
 * 16:00-17:30), 21 blocked (whole-club block 21-22). Court B (08:30 grid): 08:30-11:30 past, 12:30 reserved,
 * 18:30 reserved (19:00-19:30 overlaps it; it does not touch 19:30), 20:30 blocked; the cancelled and inactive
 * reservations are ignored. Court C: 08-11 past, 16 reserved, 21 blocked (its own block is inactive).
 */
class AvailabilityIT {

    private static final String DAY = "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-18";

    private final BffServer server = BffServer.get();
    private final String member = TestTokens.accessToken(Fixture.AVAILABILITY_MEMBER);

    private JsonNode ok(String uri) {
        HttpResponse<String> response = server.get(uri, member);
        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        return server.json(response);
    }

    private static Map<String, String> reasonsOf(JsonNode court) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (JsonNode slot : court.get("slots").values()) {
            JsonNode reason = slot.get("reason");
            reasons.put(slot.get("start_time").getStringValue(),
                    reason == null || reason.isNull() ? "free" : reason.getStringValue());
        }
        return reasons;
    }

    private static JsonNode court(JsonNode body, String id) {
        for (JsonNode court : body.get("courts").values()) {
            if (court.get("id").getStringValue().equals(id)) {
                return court;
            }
        }
        throw new AssertionError("no court " + id + " in " + body);
    }

    @Test
    void lists_bookable_courts_only_with_their_own_grids_and_reasons_in_order() {
        JsonNode body = ok(DAY);

        assertThat(body.get("date").getStringValue()).isEqualTo("2026-03-18");
        assertThat(body.get("as_of")).isNotNull();
        assertThat(body.get("club").get("is_open").getBooleanValue()).isTrue();
        assertThat(body.get("club").get("opening_time").getStringValue()).isEqualTo("08:00");
        assertThat(body.get("club").get("closing_time").getStringValue()).isEqualTo("22:00");
        assertThat(body.get("club").get("timezone").getStringValue()).isEqualTo("America/Mexico_City");
        List<String> ids = new ArrayList<>();
        body.get("courts").values().forEach(c -> ids.add(c.get("id").getStringValue()));
        assertThat(ids).containsExactlyInAnyOrder(COURT_AV_A, COURT_AV_B, COURT_AV_C);

        Map<String, String> a = reasonsOf(court(body, COURT_AV_A));
        assertThat(a).hasSize(14).containsEntry("08:00", "past").containsEntry("11:00", "past")
                .containsEntry("12:00", "free").containsEntry("14:00", "blocked").containsEntry("15:00", "blocked")
                .containsEntry("16:00", "reserved").containsEntry("17:00", "reserved")
                .containsEntry("18:00", "free").containsEntry("21:00", "blocked");
        Map<String, String> b = reasonsOf(court(body, COURT_AV_B));
        assertThat(b).hasSize(13).containsKeys("08:30", "20:30").doesNotContainKey("21:30")
                .contains(entry("11:30", "past"), entry("12:30", "reserved"), entry("13:30", "free"),
                        entry("18:30", "reserved"), entry("19:30", "free"), entry("20:30", "blocked"));
        Map<String, String> c = reasonsOf(court(body, COURT_AV_C));
        assertThat(c).hasSize(14).contains(entry("10:00", "past"), entry("15:00", "free"),
                entry("16:00", "reserved"), entry("21:00", "blocked"));
    }

    @Test
    void prices_each_slot_from_the_court_price_and_summarises_the_day() {
        JsonNode body = ok(DAY);

        JsonNode firstOfB = court(body, COURT_AV_B).get("slots").get(0);
        assertThat(firstOfB.get("start_time").getStringValue()).isEqualTo("08:30");
        assertThat(firstOfB.get("end_time").getStringValue()).isEqualTo("09:30");
        assertThat(firstOfB.get("price").getDoubleValue()).isEqualTo(500.0);
        assertThat(firstOfB.get("is_available").getBooleanValue()).isFalse();
        JsonNode summary = body.get("summary");
        assertThat(summary.get("total_slots").getIntValue()).isEqualTo(41);
        assertThat(summary.get("available_slots").getIntValue()).isEqualTo(19);
        assertThat(summary.get("reserved_slots").getIntValue()).isEqualTo(5);
        assertThat(summary.get("occupancy_rate").getDoubleValue()).isEqualTo(12.2);
        List<String> peaks = new ArrayList<>();
        summary.get("peak_hours").values().forEach(p -> peaks.add(p.getStringValue()));
        assertThat(peaks).containsExactly("12:30", "16:00", "17:00");
    }

    @Test
    void ninety_minute_slots_never_end_after_closing_and_cost_one_and_a_half_hours() {
        JsonNode body = ok(DAY + "&slot_minutes=90");

        Map<String, String> a = reasonsOf(court(body, COURT_AV_A));
        assertThat(a.keySet()).containsExactly("08:00", "09:30", "11:00", "12:30", "14:00", "15:30", "17:00",
                "18:30", "20:00");
        assertThat(a).contains(entry("11:00", "past"), entry("12:30", "free"), entry("14:00", "blocked"),
                entry("15:30", "reserved"), entry("17:00", "reserved"), entry("18:30", "free"),
                entry("20:00", "blocked"));
        assertThat(reasonsOf(court(body, COURT_AV_B)).keySet()).containsExactly("08:30", "10:00", "11:30", "13:00",
                "14:30", "16:00", "17:30", "19:00", "20:30");
        assertThat(court(body, COURT_AV_A).get("slots").get(0).get("price").getDoubleValue()).isEqualTo(600.0);
    }

    @Test
    void a_closed_day_lists_the_courts_without_slots() {
        JsonNode body = ok("/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB + "&date=2026-03-22");

        assertThat(body.get("club").get("is_open").getBooleanValue()).isFalse();
        assertThat(body.get("courts").size()).isEqualTo(3);
        body.get("courts").values().forEach(c -> assertThat(c.get("slots").size()).isZero());
        assertThat(body.get("summary").get("total_slots").getIntValue()).isZero();
        assertThat(body.get("summary").get("occupancy_rate").getDoubleValue()).isEqualTo(0.0);
    }

    @Test
    void court_filters_in_both_spellings_give_the_same_courts_and_ignore_other_clubs_courts() {
        JsonNode bracketed = ok(DAY + "&courts[]=" + COURT_AV_B + "&courts%5B%5D=" + COURT_FOREIGN).get("courts");
        JsonNode commas = ok(DAY + "&courts=" + COURT_AV_B + "," + COURT_FOREIGN).get("courts");

        assertThat(bracketed).isEqualTo(commas);
        assertThat(bracketed.size()).isEqualTo(1);
        assertThat(bracketed.get(0).get("id").getStringValue()).isEqualTo(COURT_AV_B);
    }

    @Test
    void the_single_check_agrees_with_the_bulk_reasons() {
        Map<String, String> expected = Map.of("08:00", "past", "10:00", "past", "14:00", "blocked",
                "15:00", "blocked", "16:00", "reserved", "18:00", "");
        expected.forEach((start, reason) -> {
            int hour = Integer.parseInt(start.substring(0, 2));
            HttpResponse<String> response = server.exchange(HttpRequest.POST("/api/reservations/check_availability/",
                    Map.of("court", COURT_AV_A, "date", "2026-03-18", "start_time", start,
                            "end_time", String.format("%02d:00", hour + 1))).bearerAuth(member));
            assertThat(response.code()).as(server.body(response)).isEqualTo(200);
            JsonNode body = server.json(response);
            assertThat(body.get("is_available").getBooleanValue()).as(start).isEqualTo(reason.isEmpty());
            if (!reason.isEmpty()) {
                assertThat(body.get("reason").getStringValue()).as(start).isEqualTo(reason);
            }
        });
    }

    @Test
    void a_miss_costs_at_most_two_statements() {
        JsonNode body = ok(DAY + "&slot_minutes=45");

        assertThat(body.get("_performance").get("query_count").getIntValue()).isBetween(1, 2);
        assertThat(body.get("_performance").get("cache_key").getStringValue())
                .isEqualTo("bff:availability:" + AVAILABILITY_CLUB + ":2026-03-18:all:45");
    }
}
