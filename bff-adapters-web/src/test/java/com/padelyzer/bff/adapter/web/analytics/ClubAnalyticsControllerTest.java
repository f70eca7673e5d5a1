package com.padelyzer.bff.adapter.web.analytics;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.ClubRef;
import com.padelyzer.bff.application.port.in.CustomersSection;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.OccupancySection;
import com.padelyzer.bff.application.port.in.RevenueSection;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.comparison.Comparison;
import com.padelyzer.bff.domain.user.UserId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.revenue.Money;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class ClubAnalyticsControllerTest {

    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";
    static final String PATH = "/api/bff/bi/analytics/club/";

    @Inject EmbeddedServer server;
    @Inject GetClubAnalyticsUseCase analytics;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(GetClubAnalyticsUseCase.class)
    GetClubAnalyticsUseCase analytics() {
        return mock(GetClubAnalyticsUseCase.class);
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
        clearInvocations(authorize, analytics);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admittedTo(ClubId.of(CLUB)));
        when(measure.finish()).thenReturn(new DatabaseWork(2, 1_250_000));
        when(analytics.getClubAnalytics(any())).thenAnswer(call -> Optional.of(
                answer(call.getArgument(0, GetClubAnalyticsUseCase.GetClubAnalyticsQuery.class))));
    }

    static ClubAnalytics answer(GetClubAnalyticsUseCase.GetClubAnalyticsQuery query) {
        boolean compare = query.comparePrevious();
        return new ClubAnalytics(query.period(), LocalDate.parse("2026-10-27"), LocalDate.parse("2026-11-25"),
                Instant.parse("2026-11-25T12:00:00Z"), new ClubRef(ClubId.of(CLUB), "Padel Norte"),
                query.includeOccupancy() ? new OccupancySection(412, new BigDecimal("530.50"),
                        new BigDecimal("2790.00"), 2790, new BigDecimal("19.01"),
                        compare ? new Comparison(new BigDecimal("17.20"), new BigDecimal("1.81"),
                                new BigDecimal("10.52")) : null) : null,
                query.includeCustomers() ? new CustomersSection(120, 14, compare ? new Comparison(
                        new BigDecimal("101.00"), new BigDecimal("19.00"), new BigDecimal("18.81")) : null) : null,
                query.includeRevenue() ? new RevenueSection(new BigDecimal("41250.00"), Money.MXN, "reservations",
                        "estimated from reservation prices", compare ? new Comparison(new BigDecimal("40000.00"),
                        new BigDecimal("1250.00"), new BigDecimal("3.13")) : null) : null);
    }

    String url() {
        return "http://localhost:" + server.getPort();
    }

    HttpCall get(String query) {
        return HttpCall.get(url(), PATH + query, AccessTokens.forUser(42));
    }

    HttpCall post(String json) {
        return HttpCall.post(url(), PATH, AccessTokens.forUser(42), json);
    }

    @Test
    void answers_every_section_with_comparisons_and_performance_by_default() {
        HttpCall call = get("?club=" + CLUB);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"period\":\"month\",\"start_date\":\"2026-10-27\","
                + "\"end_date\":\"2026-11-25\",\"generated_at\":\"2026-11-25T12:00:00Z\","
                + "\"club\":{\"id\":\"" + CLUB + "\",\"name\":\"Padel Norte\"},"
                + "\"occupancy\":{\"total_reservations\":412,\"booked_hours\":530.50,\"available_hours\":2790.00,"
                + "\"total_slots\":2790,\"occupancy_rate\":19.01,"
                + "\"comparison\":{\"previous_rate\":17.20,\"change\":1.81,\"change_percent\":10.52}},"
                + "\"customers\":{\"active_customers\":120,\"new_customers\":14,"
                + "\"comparison\":{\"previous_active\":101,\"change\":19,\"change_percent\":18.81}},"
                + "\"revenue\":{\"estimated_total\":41250.00,\"currency\":\"MXN\",\"source\":\"reservations\","
                + "\"note\":\"estimated from reservation prices\","
                + "\"comparison\":{\"previous_estimated\":40000.00,\"change\":1250.00,\"change_percent\":3.13}},"
                + "\"_performance\":{\"cache_key\":\"" + cacheKeyOf(call) + "\",\"query_count\":2,"
                + "\"computed_at\":\"2026-11-25T12:00:00Z\"}}");
        assertThat(cacheKeyOf(call)).startsWith("bff:dashboard:" + CLUB + ":month:");
    }

    @Test
    void leaves_out_sections_not_asked_for_and_shows_comparison_as_null_without_compare_previous() {
        HttpCall call = get("?club=" + CLUB + "&include_revenue=false&include_customers=0&compare_previous=false");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).doesNotContain("\"revenue\"").doesNotContain("\"customers\"")
                .contains("\"occupancy_rate\":19.01,\"comparison\":null}");
    }

    @Test
    void get_with_defaults_and_post_spelling_the_month_out_share_one_cache_key() {
        HttpCall viaGet = get("?club=" + CLUB);
        HttpCall viaPost = post("{\"club\":\"" + CLUB + "\",\"period\":\"month\"}");

        assertThat(viaPost.status()).isEqualTo(200);
        assertThat(cacheKeyOf(viaPost)).isEqualTo(cacheKeyOf(viaGet));
    }

    @Test
    void carries_etag_cache_control_x_cache_and_server_timing_and_answers_304_to_a_matching_etag() {
        HttpCall first = get("?club=" + CLUB + "&period=week");

        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(first.header("Server-Timing"))
                .matches("cache;desc=\"MISS\", db;dur=2\\.50;desc=\"4 queries\", total;dur=\\d+\\.\\d{2}");

        HttpCall again = HttpCall.get(url(), PATH + "?club=" + CLUB + "&period=week", AccessTokens.forUser(42),
                "If-None-Match", first.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void answers_the_same_404_for_a_denied_club_and_a_malformed_club_id() {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.ClubDenied());
        HttpCall denied = get("?club=" + CLUB);
        // a malformed id is asked about as the nil UUID, a club that cannot exist, which authorization denies
        when(authorize.authorizeRequest(any())).thenAnswer(asked -> unknownClubDenied(asked.getArgument(0)));
        HttpCall malformed = get("?club=not-a-uuid");

        assertThat(denied.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(denied.body()).isEqualTo("{\"error\":\"Club not found or access denied\",\"code\":\"not_found\"}")
                .isEqualTo(malformed.body());
        verify(analytics, never()).getClubAnalytics(any());
    }

    @Test
    void answers_401_when_the_caller_is_not_admitted() {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.Unauthenticated("blacklisted"));

        HttpCall call = get("?club=" + CLUB);

        assertThat(call.status()).isEqualTo(401);
        assertThat(call.body()).isEqualTo("{\"error\":\"Authentication credentials were not provided or are "
                + "invalid\",\"code\":\"unauthorized\"}");
        verify(analytics, never()).getClubAnalytics(any());
    }

    @Test
    void authorizes_the_club_for_analytics_before_computing() {
        get("?club=" + CLUB);

        ArgumentCaptor<AuthorizeRequestUseCase.AuthorizeRequestQuery> asked =
                ArgumentCaptor.forClass(AuthorizeRequestUseCase.AuthorizeRequestQuery.class);
        verify(authorize).authorizeRequest(asked.capture());
        assertThat(asked.getValue().club()).isEqualTo(ClubId.of(CLUB));
        assertThat(asked.getValue().purpose()).isEqualTo(ClubAccessPurpose.ANALYTICS);
        assertThat(asked.getValue().user()).isEqualTo(new UserId(42));
        assertThat(asked.getValue().tokenId()).isEqualTo(AccessTokens.TOKEN_ID);
    }

    @Test
    void answers_401_without_a_token() {
        HttpCall call = HttpCall.get(url(), PATH + "?club=" + CLUB, null);

        assertThat(call.status()).isEqualTo(401);
        assertThat(call.body()).contains("\"code\":\"unauthorized\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?period=month", "?club="})
    void refuses_a_missing_club_with_400(String query) {
        HttpCall call = get(query);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"error\":\"The parameter 'club' is required\",\"code\":\"missing_club\"}");
    }

    @Test
    void refuses_an_unknown_period_with_400() {
        HttpCall call = get("?club=" + CLUB + "&period=decade");

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"error\":\"'period' must be one of week, month, quarter, year\","
                + "\"code\":\"invalid_period\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "2", ""})
    void refuses_a_boolean_that_is_neither_true_nor_false_with_400(String value) {
        HttpCall call = get("?club=" + CLUB + "&include_revenue=" + value);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).contains("\"code\":\"invalid_include_revenue\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1,2]", "\"club\"", ""})
    void refuses_a_body_that_is_not_a_json_object_with_400(String body) {
        HttpCall call = post(body);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"error\":\"The request body must be a JSON object\","
                + "\"code\":\"invalid_json\"}");
    }

    @Test
    void refuses_a_posted_boolean_given_as_a_string_with_400() {
        HttpCall call = post("{\"club\":\"" + CLUB + "\",\"compare_previous\":\"false\"}");

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).contains("\"code\":\"invalid_compare_previous\"");
    }

    @Test
    void answers_503_with_retry_after_and_no_detail_when_the_store_is_down() {
        doThrow(new StoreUnavailableException("Connection refused: SELECT * FROM secret", null))
                .when(analytics).getClubAnalytics(any());

        HttpCall call = get("?club=" + CLUB);

        assertThat(call.status()).isEqualTo(503);
        assertThat(call.header("Retry-After")).isEqualTo("5");
        assertThat(call.body()).isEqualTo("{\"error\":\"The service is temporarily unavailable, retry shortly\","
                + "\"code\":\"service_unavailable\"}");
    }

    static String cacheKeyOf(HttpCall call) {
        Matcher matcher = Pattern.compile("\"cache_key\":\"([^\"]+)\"").matcher(call.body());
        assertThat(matcher.find()).as("a cache_key in %s", call.body()).isTrue();
        return matcher.group(1);
    }

    /** As the real authorization answers: the nil UUID is no club's id, any other club is the caller's. */
    private static Authorization unknownClubDenied(AuthorizeRequestQuery query) {
        return query.clubToRead().filter(club -> club.value().equals(new UUID(0, 0))).isPresent()
                ? new Authorization.ClubDenied() : Callers.admittedTo(ClubId.of(CLUB));
    }
}
