package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushCacheCommand;
import com.padelyzer.bff.application.port.in.FlushCacheUseCase.FlushTarget;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The flush's body, answer and access; what it evicts is the use case's (bff-application) and the server's. */
@MicronautTest(environments = "test")
class CacheFlushControllerTest {

    static final String PATH = "/api/management/bff/cache/flush/";
    static final String CLUB = "6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6";

    @Inject EmbeddedServer server;
    @Inject FlushCacheUseCase flush;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(FlushCacheUseCase.class)
    FlushCacheUseCase flush() {
        return mock(FlushCacheUseCase.class);
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
        clearInvocations(flush);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.staff());
        when(measure.finish()).thenReturn(DatabaseWork.NONE);
        when(flush.flushCache(any())).thenReturn(4L);
    }

    HttpCall post(String json) {
        return HttpCall.post("http://localhost:" + server.getPort(), PATH, AccessTokens.forUser(42), json);
    }

    @Test
    void flushes_a_type_of_one_club_and_answers_how_many_entries_went() {
        HttpCall call = post("{\"type\":\"dashboard\",\"club_id\":\"" + CLUB + "\"}");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"flushed\":4}");
        verify(flush).flushCache(new FlushCacheCommand(FlushTarget.DASHBOARD, Optional.of(ClubId.of(CLUB)),
                Optional.empty()));
    }

    @Test
    void takes_a_user_id_as_a_json_integer_or_as_its_digits() {
        assertThat(post("{\"type\":\"auth\",\"user_id\":7}").status()).isEqualTo(200);
        assertThat(post("{\"type\":\"permissions\",\"user_id\":\"7\"}").status()).isEqualTo(200);

        verify(flush).flushCache(new FlushCacheCommand(FlushTarget.AUTH, Optional.empty(),
                Optional.of(new UserId(7))));
        verify(flush).flushCache(new FlushCacheCommand(FlushTarget.PERMISSIONS, Optional.empty(),
                Optional.of(new UserId(7))));
    }

    @Test
    void all_without_narrowing_flushes_everything() {
        assertThat(post("{\"type\":\"all\"}").body()).isEqualTo("{\"flushed\":4}");
        verify(flush).flushCache(new FlushCacheCommand(FlushTarget.ALL, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"users\"}|invalid_type", "{}|missing_type", "{\"type\":7}|invalid_type",
            "{\"type\":\"all\",\"club_id\":\"not-a-uuid\"}|invalid_club_id",
            "{\"type\":\"all\",\"club_id\":42}|invalid_club_id",
            "{\"type\":\"auth\",\"user_id\":0}|invalid_user_id", "{\"type\":\"auth\",\"user_id\":-3}|invalid_user_id",
            "{\"type\":\"auth\",\"user_id\":1.5}|invalid_user_id",
            "{\"type\":\"auth\",\"user_id\":\"seven\"}|invalid_user_id",
            "{\"type\":\"dashboard\",\"user_id\":7}|invalid_flush",
            "{\"type\":\"auth\",\"club_id\":\"" + CLUB + "\"}|invalid_flush",
            "{\"type\":\"all\",\"club_id\":\"" + CLUB + "\",\"user_id\":7}|invalid_flush",
            "{\"type\": |invalid_json", "[1]|invalid_json", "null|invalid_json", "|invalid_json"})
    void refuses_what_it_cannot_flush_with_400_and_the_error_shape_before_flushing(String bodyAndCode) {
        String[] parts = bodyAndCode.split("\\|", -1);

        HttpCall call = post(parts[0]);

        assertThat(call.status()).as(parts[0]).isEqualTo(400);
        assertThat(call.body()).matches("\\{\"error\":\"[^\"]+\",\"code\":\"" + parts[1] + "\"}");
        verify(flush, never()).flushCache(any());
    }

    @Test
    void is_for_staff_only_and_decides_so_before_reading_the_body() {
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());

        assertThat(post("{\"type\":\"all\"}").status()).isEqualTo(403);
        assertThat(post("not json").status()).isEqualTo(403);
        verify(flush, never()).flushCache(any());
    }

    @Test
    void needs_a_token() {
        HttpCall call = HttpCall.post("http://localhost:" + server.getPort(), PATH, null, "{\"type\":\"all\"}");

        assertThat(call.status()).isEqualTo(401);
        verify(flush, never()).flushCache(any());
    }
}
