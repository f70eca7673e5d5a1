package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.AvailabilityClub;
import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.CourtSlots;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.domain.availability.AvailabilitySummary;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.policy.Decision;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class BulkAvailabilityControllerTest {

    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";
    static final String COURT_A = "0a0a0a0a-0000-4000-8000-00000000000a";
    static final String COURT_B = "0b0b0b0b-0000-4000-8000-00000000000b";
    static final String PATH = "/api/bff/bi/availability/bulk/";

    @Inject EmbeddedServer server;
    @Inject GetBulkAvailabilityUseCase availability;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(GetBulkAvailabilityUseCase.class)
    GetBulkAvailabilityUseCase availability() {
        return mock(GetBulkAvailabilityUseCase.class);
    }

    @MockBean(AuthorizeRequestUseCase.class)
    AuthorizeRequestUseCase authorize() {
        return mock(AuthorizeRequestUseCase.class);
    }

    @MockBean(StatementCounter.class)
    StatementCounter measure() {
        return mock(StatementCounter.class);
    }

    @BeforeEach
    void admit_the_caller_and_answer() {
        clearInvocations(availability);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());
        when(measure.finish()).thenReturn(new DatabaseWork(1, 500_000));
        when(availability.getBulkAvailability(any())).thenAnswer(call -> Optional.of(
                answer(call.getArgument(0, GetBulkAvailabilityQuery.class))));
    }

    static BulkAvailability answer(GetBulkAvailabilityQuery query) {
        List<CourtSlots> courts = List.of(new CourtSlots(CourtId.of(COURT_A), "Pista 1", SurfaceType.GLASS,
                new BigDecimal("450.00"), List.of(new CourtSlots.Slot(LocalTime.of(8, 0), LocalTime.of(9, 0),
                                Decision.denied("past"), new BigDecimal("450.00")),
                        new CourtSlots.Slot(LocalTime.of(19, 0), LocalTime.of(20, 0), Decision.allowed(),
                                new BigDecimal("450.00")))),
                new CourtSlots(CourtId.of(COURT_B), "Pista 2", SurfaceType.MESH, new BigDecimal("400.00"),
                        List.of()));
        return new BulkAvailability(query.date(), query.slotLength().minutes(), Instant.parse("2026-11-25T11:59:58.5Z"),
                new AvailabilityClub(ClubId.of(CLUB), "Padel Norte", ZoneId.of("America/Mexico_City"), true,
                        LocalTime.of(8, 0), LocalTime.of(22, 0)), courts,
                new AvailabilitySummary(2, 1, 0, new BigDecimal("0.00"), List.of(LocalTime.of(19, 0))), 2, 7);
    }

    String url() {
        return "http://localhost:" + server.getPort();
    }

    HttpCall get(String query) {
        return HttpCall.get(url(), PATH + query, AccessTokens.forUser(42));
    }

    Set<CourtId> askedCourts() {
        ArgumentCaptor<GetBulkAvailabilityQuery> asked = ArgumentCaptor.forClass(GetBulkAvailabilityQuery.class);
        verify(availability).getBulkAvailability(asked.capture());
        return asked.getValue().courts();
    }

    @Test
    void answers_the_grid_with_as_of_hh_mm_times_null_reasons_empty_slots_and_performance() {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"date\":\"2026-12-01\",\"as_of\":\"2026-11-25T11:59:58.500Z\","
                + "\"slot_minutes\":60,\"club\":{\"id\":\"" + CLUB + "\",\"name\":\"Padel Norte\","
                + "\"timezone\":\"America/Mexico_City\",\"is_open\":true,\"opening_time\":\"08:00\","
                + "\"closing_time\":\"22:00\"},\"courts\":[{\"id\":\"" + COURT_A + "\",\"name\":\"Pista 1\","
                + "\"surface_type\":\"glass\",\"price_per_hour\":450.00,\"slots\":["
                + "{\"start_time\":\"08:00\",\"end_time\":\"09:00\",\"is_available\":false,\"reason\":\"past\","
                + "\"price\":450.00},{\"start_time\":\"19:00\",\"end_time\":\"20:00\",\"is_available\":true,"
                + "\"reason\":null,\"price\":450.00}]},{\"id\":\"" + COURT_B + "\",\"name\":\"Pista 2\","
                + "\"surface_type\":\"mesh\",\"price_per_hour\":400.00,\"slots\":[]}],"
                + "\"summary\":{\"total_slots\":2,\"available_slots\":1,\"reserved_slots\":0,"
                + "\"occupancy_rate\":0.00,\"peak_hours\":[\"19:00\"]},"
                + "\"_performance\":{\"cache_key\":\"bff:availability:" + CLUB + ":2026-12-01:all:60\","
                + "\"courts_processed\":2,\"reservations_checked\":7,\"query_count\":1,"
                + "\"computed_at\":\"2026-11-25T12:00:00Z\"}}");
        assertThat(call.header("Cache-Control")).isEqualTo("private, max-age=60");
        assertThat(call.header("X-Cache")).isEqualTo("MISS");
        assertThat(call.header("ETag")).isNotBlank();
        assertThat(call.header("Server-Timing")).startsWith("cache;desc=\"MISS\", db;dur=1.00;desc=\"2 queries\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"courts[]=" + COURT_A + "&courts[]=" + COURT_B,
            "courts%5B%5D=" + COURT_A + "&courts%5B%5D=" + COURT_B,
            "courts%5b%5d=" + COURT_A + "&courts%5b%5d=" + COURT_B,
            "courts=" + COURT_A + "," + COURT_B})
    void reads_courts_as_raw_brackets_percent_encoded_brackets_or_a_comma_list_alike(String courts) {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01&" + courts);

        assertThat(call.status()).isEqualTo(200);
        assertThat(askedCourts()).containsExactlyInAnyOrder(CourtId.of(COURT_A), CourtId.of(COURT_B));
    }

    @Test
    void reads_an_empty_courts_list_as_all_courts() {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01&courts=");

        assertThat(call.status()).isEqualTo(200);
        assertThat(askedCourts()).isEmpty();
    }

    @Test
    void passes_a_90_minute_slot_length_through() {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01&slot_minutes=90");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).contains("\"slot_minutes\":90").contains(":all:90\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "37", "250", "60.0", "sixty"})
    void refuses_a_slot_length_off_the_15_minute_grid_or_out_of_range_with_400(String minutes) {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01&slot_minutes=" + minutes);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"error\":\"'slot_minutes' must be 30 to 240 in steps of 15\","
                + "\"code\":\"invalid_slot_minutes\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "01-12-2026", "2026-12-1", "tomorrow"})
    void refuses_a_date_that_is_not_yyyy_mm_dd_with_400(String date) {
        HttpCall call = get("?club=" + CLUB + "&date=" + date);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"error\":\"'date' must be a date as YYYY-MM-DD\","
                + "\"code\":\"invalid_date\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-11-26", "2024-11-24"})
    void refuses_a_date_more_than_two_years_from_today_with_400(String date) {
        HttpCall call = get("?club=" + CLUB + "&date=" + date);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).contains("\"code\":\"invalid_date\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-11-25", "2024-11-25"})
    void accepts_a_date_exactly_two_years_from_today(String date) {
        assertThat(get("?club=" + CLUB + "&date=" + date).status()).isEqualTo(200);
    }

    @Test
    void refuses_a_missing_date_with_400() {
        HttpCall call = get("?club=" + CLUB);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).contains("\"code\":\"missing_date\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"courts[]=not-a-uuid", "courts=" + COURT_A + ",", "courts%5B%5D=123"})
    void refuses_a_malformed_court_id_with_400(String courts) {
        HttpCall call = get("?club=" + CLUB + "&date=2026-12-01&" + courts);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).startsWith("{\"error\":\"'courts' must").endsWith("\"code\":\"invalid_courts\"}");
    }

    @Test
    void refuses_more_than_100_courts_with_400_and_accepts_100() {
        String hundred = IntStream.range(0, 100).mapToObj(i -> "courts[]=" + UUID.randomUUID())
                .collect(Collectors.joining("&"));

        assertThat(get("?club=" + CLUB + "&date=2026-12-01&" + hundred).status()).isEqualTo(200);
        HttpCall tooMany = get("?club=" + CLUB + "&date=2026-12-01&" + hundred + "&courts=" + UUID.randomUUID());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"code\":\"invalid_courts\"");
    }

    @Test
    void answers_the_same_404_for_a_denied_club_and_a_malformed_club_id() {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.ClubDenied());
        HttpCall denied = get("?club=" + CLUB + "&date=2026-12-01");
        // a malformed id is asked about as the nil UUID, a club that cannot exist, which authorization denies
        when(authorize.authorizeRequest(any())).thenAnswer(asked -> unknownClubDenied(asked.getArgument(0)));
        HttpCall malformed = get("?club=" + CLUB.substring(1) + "&date=2026-12-01");

        assertThat(denied.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.body()).isEqualTo(denied.body())
                .isEqualTo("{\"error\":\"Club not found or access denied\",\"code\":\"not_found\"}");
        verify(availability, never()).getBulkAvailability(any());
    }

    @Test
    void answers_404_when_the_club_vanished_after_authorization() {
        doReturn(Optional.empty()).when(availability).getBulkAvailability(any());

        HttpCall call = get("?club=" + CLUB + "&date=" + LocalDate.parse("2026-12-01"));

        assertThat(call.status()).isEqualTo(404);
        assertThat(call.body()).contains("Club not found or access denied");
    }

    /** As the real authorization answers: the nil UUID is no club's id, any other club is the caller's. */
    private static Authorization unknownClubDenied(AuthorizeRequestQuery query) {
        return query.clubToRead().filter(club -> club.value().equals(new UUID(0, 0))).isPresent()
                ? new Authorization.ClubDenied() : Callers.admitted();
    }
}
