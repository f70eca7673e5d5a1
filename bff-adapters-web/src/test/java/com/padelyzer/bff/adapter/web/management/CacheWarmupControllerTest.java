package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase.GetActiveClubsQuery;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.domain.club.ClubId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The warm-up's parameters and access; what it puts in the cache is shown through the real server (bff-app). */
@MicronautTest(environments = "test")
class CacheWarmupControllerTest {

    static final String PATH = "/api/management/bff/cache/warmup/";
    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";

    @Inject EmbeddedServer server;
    @Inject GetActiveClubsUseCase activeClubs;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(GetActiveClubsUseCase.class)
    GetActiveClubsUseCase activeClubs() {
        return mock(GetActiveClubsUseCase.class);
    }

    @MockBean(GetClubAnalyticsUseCase.class)
    GetClubAnalyticsUseCase analytics() {
        return mock(GetClubAnalyticsUseCase.class);
    }

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
    void admit_staff() {
        clearInvocations(activeClubs);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.staff());
        when(measure.finish()).thenReturn(DatabaseWork.NONE);
        when(activeClubs.getActiveClubs(any())).thenReturn(List.of());
    }

    HttpCall post(String json) {
        return HttpCall.post("http://localhost:" + server.getPort(), PATH, AccessTokens.forUser(42), json);
    }

    @Test
    void asks_for_exactly_the_named_clubs_and_answers_how_many_entries_went_in() {
        HttpCall call = post("{\"club_ids\":[\"" + CLUB + "\"],\"dates\":[\"2026-12-01\"]}");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"warmed\":0}");
        verify(activeClubs).getActiveClubs(new GetActiveClubsQuery(Set.of(ClubId.of(CLUB))));
    }

    @Test
    void an_empty_list_of_clubs_warms_none_and_no_body_warms_every_active_club() {
        assertThat(post("{\"club_ids\":[]}").body()).isEqualTo("{\"warmed\":0}");
        verify(activeClubs, never()).getActiveClubs(any());

        assertThat(post("").status()).isEqualTo(200);
        verify(activeClubs).getActiveClubs(new GetActiveClubsQuery(Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"club_ids\":[\"not-a-uuid\"]}", "{\"club_ids\":\"" + CLUB + "\"}",
            "{\"club_ids\":[42]}", "{\"dates\":[\"2026-13-01\"]}", "{\"dates\":[\"2099-01-01\"]}",
            "{\"dates\":\"2026-12-01\"}", "[1,2]", "{\"club_ids\": [", "null"})
    void refuses_malformed_bodies_with_400_and_the_error_shape(String body) {
        HttpCall call = post(body);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).matches("\\{\"error\":\"[^\"]+\",\"code\":\"[a-z_]+\"}");
        verify(activeClubs, never()).getActiveClubs(any());
    }

    @Test
    void refuses_more_than_31_dates() {
        String dates = String.join(",", java.util.Collections.nCopies(32, "\"2026-12-01\""));

        assertThat(post("{\"dates\":[" + dates + "]}").status()).isEqualTo(400);
    }

    @Test
    void is_for_staff_only() {
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());

        assertThat(post("{}").status()).isEqualTo(403);
        verify(activeClubs, never()).getActiveClubs(any());
    }
}
