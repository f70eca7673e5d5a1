package com.padelyzer.bff.app.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A club of its own holding every hostile row the main system may write (docs/decisions/0019-hostile-data.md): an
 * unknown surface, schedule rows of weekdays 9 and -1, negative prices, infinite blocked slots and profile and login
 * dates, closing at midnight stored as 00:00, a JSON null in the address. The three reads and the legacy check
 * answer 200 with sane content, and each unexpected value is WARNed once however often it is read.
 */
class HostileDataIT {

    static final String ORG = "0000bad0-0000-4000-8000-000000000001";
    static final String CLUB = "0000bad1-0000-4000-8000-000000000001";
    static final String ODD_COURT = "0000bad2-0000-4000-8000-00000000000a";
    static final String GLASS_COURT = "0000bad2-0000-4000-8000-00000000000b";
    static final long PLAYER = 931;
    /** Unique per run: the WARN is once per value and JVM, and only this test writes it. */
    static final String SURFACE = "hostil-" + UUID.randomUUID().toString().substring(0, 8);
    static final String DAY = "2026-03-19";
    /** bff.unexpected-data: the persistence mappers' logger for values they replaced by a fallback. */
    static final String UNEXPECTED_DATA_LOGGER = "bff.unexpected-data";

    private static final Logger LOGGER = (Logger) LoggerFactory.getLogger(UNEXPECTED_DATA_LOGGER);
    private static final ListAppender<ILoggingEvent> WARNINGS = new ListAppender<>();

    private final BffServer server = BffServer.get();

    @BeforeAll
    static void a_club_written_by_a_careless_main_system() {
        WARNINGS.start();
        LOGGER.addAppender(WARNINGS);
        Fixture.loaded().execute("""
                INSERT INTO root_organization (id, business_name, trade_name, state)
                VALUES ('%1$s', 'Hostil S.A.', 'Hostil', 'active');
                INSERT INTO authentication_user (id, email, is_active, last_login)
                VALUES (931, 'player@hostil.mx', true, 'infinity');
                INSERT INTO authentication_organizationmembership (user_id, organization_id, role, joined_at)
                VALUES (931, '%1$s', 'org_admin', '-infinity');
                INSERT INTO clubs_club (id, organization_id, name, slug, address, opening_time, closing_time)
                VALUES ('%2$s', '%1$s', 'Hostil Centro', 'hostil-centro',
                        '{"street": "Calle Hostil 1", "city": null}', '08:00', '00:00');
                INSERT INTO clubs_clubmembership (user_id, club_id, role) VALUES (931, '%2$s', 'owner');
                INSERT INTO clubs_court (id, club_id, organization_id, name, number, surface_type, price_per_hour)
                VALUES ('%3$s', '%2$s', '%1$s', 'Rara', 1, '%5$s', -100),
                       ('%4$s', '%2$s', '%1$s', 'Cristal', 2, 'glass', 400);
                INSERT INTO clubs_schedule (club_id, organization_id, weekday, opening_time, closing_time)
                VALUES ('%2$s', '%1$s', 9, '06:00', '07:00'), ('%2$s', '%1$s', -1, '06:00', '07:00');
                INSERT INTO reservations_blockedslot (organization_id, club_id, court_id, start_datetime, end_datetime)
                VALUES ('%1$s', '%2$s', '%4$s', '-infinity', '2026-03-19T16:00:00Z'),
                       ('%1$s', '%2$s', '%3$s', '2026-03-20T05:00:00Z', 'infinity');
                INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date,
                    start_time, end_time, status, price_per_hour, total_price)
                VALUES ('%1$s', '%2$s', '%4$s', 931, '2026-03-10', '10:00', '11:00', 'confirmed', -10, -50);
                INSERT INTO clients_clientprofile (user_id, organization_id, created_at)
                VALUES (931, '%1$s', 'infinity');
                """.formatted(ORG, CLUB, ODD_COURT, GLASS_COURT, SURFACE));
    }

    @AfterAll
    static void stop_listening() {
        LOGGER.detachAppender(WARNINGS);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.code()).as(server.body(response)).isEqualTo(200);
        return server.json(response);
    }

    private static String token() {
        return TestTokens.accessToken(PLAYER);
    }

    @Test
    void bulk_availability_offers_the_slot_up_to_midnight_and_shows_the_odd_court_as_unknown_and_free() {
        String uri = "/api/bff/bi/availability/bulk/?club=" + CLUB + "&date=" + DAY;

        JsonNode body = ok(server.get(uri, token()));
        ok(server.get(uri, token()));

        assertThat(body.get("club").get("closing_time").getStringValue()).isEqualTo("00:00");
        assertThat(body.get("club").get("is_open").getBooleanValue()).isTrue();
        JsonNode odd = body.get("courts").get(0);
        assertThat(odd.get("surface_type").getStringValue()).isEqualTo("unknown");
        assertThat(odd.get("price_per_hour").getNumberValue().doubleValue()).isZero();
        assertThat(odd.get("slots").size()).as("08:00 to midnight").isEqualTo(16);
        JsonNode last = odd.get("slots").get(15);
        assertThat(last.get("start_time").getStringValue()).isEqualTo("23:00");
        assertThat(last.get("end_time").getStringValue()).isEqualTo("00:00");
        assertThat(last.get("reason").getStringValue()).as("blocked from 23:00 to infinity").isEqualTo("blocked");
        JsonNode glass = body.get("courts").get(1);
        assertThat(reasons(glass)).startsWith("blocked", "blocked", "null");
        assertThat(warningsAbout(SURFACE)).as("one WARN for two reads").hasSize(1);
        assertThat(warningsAbout("clubs_schedule.weekday '9'")).hasSize(1);
        assertThat(warningsAbout("clubs_schedule.weekday '-1'")).hasSize(1);
    }

    @Test
    void the_legacy_check_agrees_up_to_midnight() {
        JsonNode late = ok(check(ODD_COURT, "22:00", "23:00"));
        JsonNode lastMinute = ok(check(ODD_COURT, "23:00", "23:59"));
        JsonNode early = ok(check(GLASS_COURT, "08:00", "09:00"));

        assertThat(late.get("is_available").getBooleanValue()).isTrue();
        assertThat(lastMinute.get("reason").getStringValue()).isEqualTo("blocked");
        assertThat(early.get("reason").getStringValue()).isEqualTo("blocked");
    }

    @Test
    void the_dashboard_counts_open_minutes_to_midnight_and_negative_prices_as_none() {
        JsonNode body = ok(server.get("/api/bff/bi/analytics/club/?club=" + CLUB + "&period=month", token()));

        assertThat(body.get("occupancy").get("available_hours").getNumberValue().doubleValue())
                .as("16 h a day, 2 courts, 30 days").isEqualTo(960.0);
        assertThat(body.get("occupancy").get("booked_hours").getNumberValue().doubleValue()).isEqualTo(1.0);
        assertThat(body.get("revenue").get("estimated_total").getNumberValue().doubleValue())
                .as("negative total and own price: the court's 400 an hour").isEqualTo(400.0);
        assertThat(body.get("customers").get("active_customers").getIntValue()).isEqualTo(1);
        assertThat(body.get("customers").get("new_customers").getIntValue()).as("joined at infinity").isZero();
    }

    @Test
    void the_auth_context_leaves_out_the_null_address_key_and_clamps_infinite_dates() {
        HttpResponse<String> response = server.get("/api/bff/auth/context/", token());
        JsonNode body = ok(response);

        JsonNode club = body.get("clubs").get(0);
        assertThat(club.get("address").size()).isEqualTo(1);
        assertThat(club.get("address").get("street").getStringValue()).isEqualTo("Calle Hostil 1");
        assertThat(club.get("address").get("city")).isNull();
        assertThat(server.body(response)).doesNotContain("\"null\"");
        assertThat(body.get("user").get("last_login").getStringValue()).startsWith("9999-12-31");
        assertThat(body.get("organizations").get(0).get("membership").get("joined_at").getStringValue())
                .startsWith("0001-01-02");
    }

    private HttpResponse<String> check(String court, String start, String end) {
        return server.exchange(HttpRequest.POST("/api/reservations/check_availability/",
                Map.of("court", court, "date", DAY, "start_time", start, "end_time", end)).bearerAuth(token()));
    }

    private static List<String> reasons(JsonNode court) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode slot : court.get("slots").values()) {
            reasons.add(slot.get("reason").isNull() ? "null" : slot.get("reason").getStringValue());
        }
        return reasons;
    }

    private static List<String> warningsAbout(String text) {
        synchronized (WARNINGS) {
            return WARNINGS.list.stream().filter(event -> event.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains(text)).toList();
        }
    }
}
