package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.SlotCheckResult;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.policy.Decision;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class SlotCheckControllerTest {

    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";
    static final String COURT = "0a0a0a0a-0000-4000-8000-00000000000a";
    static final String PATH = "/api/reservations/check_availability/";
    static final String VALID = "{\"court\":\"" + COURT + "\",\"date\":\"2026-12-01\",\"start_time\":\"19:00\","
            + "\"end_time\":\"20:30\"}";

    @Inject EmbeddedServer server;
    @Inject CheckSlotAvailabilityUseCase checks;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(CheckSlotAvailabilityUseCase.class)
    CheckSlotAvailabilityUseCase checks() {
        return mock(CheckSlotAvailabilityUseCase.class);
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
    void admit_the_caller() {
        clearInvocations(authorize, checks);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());
        when(measure.finish()).thenReturn(DatabaseWork.NONE);
        when(checks.checkSlotAvailability(any()))
                .thenReturn(Optional.of(new SlotCheckResult(ClubId.of(CLUB), Decision.denied("reserved"))));
    }

    HttpCall post(String json) {
        return HttpCall.post("http://localhost:" + server.getPort(), PATH, AccessTokens.forUser(42), json);
    }

    @Test
    void answers_is_available_and_reason_after_authorizing_the_courts_club_for_availability() {
        HttpCall call = post(VALID);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"is_available\":false,\"reason\":\"reserved\"}");
        ArgumentCaptor<AuthorizeRequestQuery> asked = ArgumentCaptor.forClass(AuthorizeRequestQuery.class);
        verify(authorize).authorizeRequest(asked.capture());
        assertThat(asked.getValue().court()).isEqualTo(CourtId.of(COURT));
        assertThat(asked.getValue().club()).isNull();
        assertThat(asked.getValue().purpose()).isEqualTo(ClubAccessPurpose.AVAILABILITY);
    }

    @Test
    void authorizes_before_checking_and_checks_nothing_for_a_refused_caller() {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.Unauthenticated("token_revoked"));
        HttpCall revoked = post(VALID);
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.ClubDenied());
        HttpCall foreign = post(VALID);

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(foreign.status()).isEqualTo(404);
        verify(checks, never()).checkSlotAvailability(any());
    }

    @Test
    void answers_a_free_slot_with_a_null_reason() {
        doReturn(Optional.of(new SlotCheckResult(ClubId.of(CLUB), Decision.allowed())))
                .when(checks).checkSlotAvailability(any());

        assertThat(post(VALID).body()).isEqualTo("{\"is_available\":true,\"reason\":null}");
    }

    @Test
    void answers_the_same_404_for_a_denied_court_and_a_court_that_vanished_after_the_check() {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.ClubDenied());
        HttpCall foreign = post(VALID);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());
        doReturn(Optional.empty()).when(checks).checkSlotAvailability(any());
        HttpCall unknown = post(VALID);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body())
                .isEqualTo("{\"error\":\"Court not found or access denied\",\"code\":\"not_found\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"date\":\"2026-12-01\",\"start_time\":\"19:00\",\"end_time\":\"20:00\"}|missing_court",
            "{\"court\":\"c1\",\"date\":\"2026-12-01\",\"start_time\":\"19:00\",\"end_time\":\"20:00\"}|invalid_court",
            "{\"court\":7,\"date\":\"2026-12-01\",\"start_time\":\"19:00\",\"end_time\":\"20:00\"}|invalid_court",
            "{\"court\":\"" + COURT + "\",\"date\":\"2026-12-32\",\"start_time\":\"19:00\",\"end_time\":\"20:00\"}|invalid_date",
            "{\"court\":\"" + COURT + "\",\"date\":\"2026-12-01\",\"start_time\":\"7pm\",\"end_time\":\"20:00\"}|invalid_start_time",
            "{\"court\":\"" + COURT + "\",\"date\":\"2026-12-01\",\"start_time\":\"19:00\",\"end_time\":\"25:00\"}|invalid_end_time",
            "{\"court\":\"" + COURT + "\",\"date\":\"2026-12-01\",\"start_time\":\"19:00\",\"end_time\":\"19:00\"}|invalid_end_time",
            "{\"court\":|invalid_json"})
    void refuses_bad_input_with_400_naming_the_parameter(String body, String code) {
        HttpCall call = post(body);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).endsWith("\"code\":\"" + code + "\"}").doesNotContain("Exception");
    }
}
