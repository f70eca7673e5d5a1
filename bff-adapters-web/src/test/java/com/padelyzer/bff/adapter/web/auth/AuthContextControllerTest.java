package com.padelyzer.bff.adapter.web.auth;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.DataChange;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.AuthContextOfAccessQuery;
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase;
import com.padelyzer.bff.application.port.in.GetUserClubsUseCase;
import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase.InvalidateCacheCommand;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
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
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class AuthContextControllerTest {

    @Inject EmbeddedServer server;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;
    @Inject GetAuthContextUseCase contexts;
    @Inject GetUserProfileUseCase profiles;
    @Inject GetCurrentOrganizationUseCase organizations;
    @Inject GetUserClubsUseCase clubs;
    @Inject GetUserPermissionsUseCase permissions;
    @Inject InvalidateCacheUseCase invalidate;

    @MockBean(AuthorizeRequestUseCase.class)
    AuthorizeRequestUseCase authorize() {
        return mock(AuthorizeRequestUseCase.class);
    }

    @MockBean(StatementCounter.class)
    StatementCounter measure() {
        return mock(StatementCounter.class);
    }

    @MockBean(GetAuthContextUseCase.class)
    GetAuthContextUseCase contexts() {
        return mock(GetAuthContextUseCase.class);
    }

    @MockBean(GetUserProfileUseCase.class)
    GetUserProfileUseCase profiles() {
        return mock(GetUserProfileUseCase.class);
    }

    @MockBean(GetCurrentOrganizationUseCase.class)
    GetCurrentOrganizationUseCase organizations() {
        return mock(GetCurrentOrganizationUseCase.class);
    }

    @MockBean(GetUserClubsUseCase.class)
    GetUserClubsUseCase clubs() {
        return mock(GetUserClubsUseCase.class);
    }

    @MockBean(GetUserPermissionsUseCase.class)
    GetUserPermissionsUseCase permissions() {
        return mock(GetUserPermissionsUseCase.class);
    }

    @MockBean(InvalidateCacheUseCase.class)
    InvalidateCacheUseCase invalidate() {
        return mock(InvalidateCacheUseCase.class);
    }

    @BeforeEach
    void admit_the_caller_and_answer() {
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());
        when(measure.finish()).thenReturn(new DatabaseWork(1, 250_000));
        doReturn(AuthAnswers.context(true)).when(contexts).authContextOf(any());
        doReturn(Optional.of(AuthAnswers.user())).when(profiles).getUserProfile(any());
        doReturn(Optional.of(AuthAnswers.organization())).when(organizations).getCurrentOrganization(any());
        doReturn(java.util.List.of(AuthAnswers.club())).when(clubs).getUserClubs(any());
        doReturn(AuthAnswers.permissions()).when(permissions).getUserPermissions(any());
    }

    HttpCall get(String path) {
        return HttpCall.get("http://localhost:" + server.getPort(), path, AccessTokens.forUser(42));
    }

    static String cacheKey() {
        return new CacheKeys().authContext(new UserId(42));
    }

    @Test
    void answers_the_whole_context_with_metadata_in_the_shape_of_the_spec() {
        HttpCall call = get("/api/bff/auth/context/");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"user\":" + AuthAnswers.USER_JSON
                + ",\"current_organization\":" + AuthAnswers.ORGANIZATION_JSON
                + ",\"organizations\":[{\"id\":\"" + AuthAnswers.ORGANIZATION + "\",\"trade_name\":\"Padel Norte\","
                + "\"business_name\":\"Padel Norte SA de CV\",\"type\":\"club\",\"state\":\"active\","
                + "\"role\":\"org_admin\",\"is_current\":true,\"membership\":{\"joined_at\":\"2025-01-11T00:00:00Z\","
                + "\"is_active\":true,\"role\":\"org_admin\"}}]"
                + ",\"clubs\":" + AuthAnswers.CLUBS_JSON
                + ",\"permissions\":" + AuthAnswers.PERMISSIONS_JSON
                + ",\"context\":{\"has_organization\":true,\"has_clubs\":true,\"organization_count\":1,"
                + "\"club_count\":1,\"is_multi_org\":false,\"primary_role\":\"org_admin\"}"
                + ",\"_metadata\":{\"generated_at\":\"2026-11-25T12:00:00Z\",\"cache_key\":\"" + cacheKey() + "\","
                + "\"optimized\":true}}");
        assertThat(call.header("Cache-Control")).isEqualTo("private, max-age=3600");
        assertThat(call.header("X-Cache")).isEqualTo("MISS");
        assertThat(call.header("Server-Timing")).startsWith("cache;desc=\"MISS\", db;dur=0.50;desc=\"2 queries\"");
        verify(contexts, atLeastOnce()).authContextOf(new AuthContextOfAccessQuery(Callers.admitted().access()));
    }

    @Test
    void shows_current_organization_as_null_and_empty_lists_when_the_user_has_no_organization() {
        doReturn(AuthAnswers.context(false)).when(contexts).authContextOf(any());

        HttpCall call = get("/api/bff/auth/context/");

        assertThat(call.body()).contains("\"current_organization\":null,\"organizations\":[],")
                .contains("\"primary_role\":null");
    }

    @Test
    void the_four_before_reads_answer_exactly_the_parts_of_the_aggregate() {
        String aggregate = get("/api/bff/auth/context/").body();

        HttpCall user = get("/api/auth/user/");
        HttpCall organization = get("/api/root/organization/");
        HttpCall userClubs = get("/api/clubs/user-clubs/");
        HttpCall userPermissions = get("/api/auth/permissions/");

        assertThat(user.body()).isEqualTo(AuthAnswers.USER_JSON);
        assertThat(organization.body()).isEqualTo(AuthAnswers.ORGANIZATION_JSON);
        assertThat(userClubs.body()).isEqualTo("{\"clubs\":" + AuthAnswers.CLUBS_JSON + "}");
        assertThat(userPermissions.body()).isEqualTo("{\"permissions\":" + AuthAnswers.PERMISSIONS_JSON + "}");
        assertThat(aggregate).contains("\"user\":" + user.body())
                .contains("\"current_organization\":" + organization.body())
                .contains("\"clubs\":" + AuthAnswers.CLUBS_JSON)
                .contains("\"permissions\":" + AuthAnswers.PERMISSIONS_JSON);
        assertThat(user.header("Cache-Control")).isEqualTo("private, max-age=0");
        assertThat(user.header("X-Cache")).isEqualTo("MISS");
    }

    @Test
    void answers_404_no_organization_when_the_user_has_none() {
        doReturn(Optional.empty()).when(organizations).getCurrentOrganization(any());

        HttpCall call = get("/api/root/organization/");

        assertThat(call.status()).isEqualTo(404);
        assertThat(call.body()).isEqualTo("{\"error\":\"The user has no active organization\","
                + "\"code\":\"no_organization\"}");
    }

    @Test
    void answers_empty_lists_as_empty_lists() {
        doReturn(java.util.List.of()).when(clubs).getUserClubs(any());
        doReturn(java.util.List.of()).when(permissions).getUserPermissions(any());

        assertThat(get("/api/clubs/user-clubs/").body()).isEqualTo("{\"clubs\":[]}");
        assertThat(get("/api/auth/permissions/").body()).isEqualTo("{\"permissions\":[]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/bff/auth/context/", "/api/auth/user/", "/api/root/organization/",
            "/api/clubs/user-clubs/", "/api/auth/permissions/"})
    void answers_401_for_a_blacklisted_token_or_an_inactive_user(String path) {
        when(authorize.authorizeRequest(any())).thenReturn(new Authorization.Unauthenticated("inactive"));

        HttpCall call = get(path);

        assertThat(call.status()).isEqualTo(401);
        assertThat(call.body()).contains("\"code\":\"unauthorized\"").doesNotContain("inactive");
    }

    @Test
    void answers_304_to_the_etag_it_gave() {
        HttpCall first = get("/api/bff/auth/context/");

        HttpCall again = HttpCall.get("http://localhost:" + server.getPort(), "/api/bff/auth/context/",
                AccessTokens.forUser(42), "If-None-Match", first.header("ETag"));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void invalidates_the_callers_cached_data_and_says_so() {
        HttpCall call = HttpCall.post("http://localhost:" + server.getPort(), "/api/bff/auth/cache/invalidate/",
                AccessTokens.forUser(42), null);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"message\":\"Cache invalidated for user 42\",\"user_id\":\"42\"}");
        verify(invalidate).invalidateCache(new InvalidateCacheCommand(new DataChange.UserChanged(new UserId(42))));
    }

    @Test
    void answers_503_with_retry_after_when_the_database_is_down() {
        doThrow(new StoreUnavailableException("FATAL: the database system is starting up", null))
                .when(profiles).getUserProfile(any());

        HttpCall call = get("/api/auth/user/");

        assertThat(call.status()).isEqualTo(503);
        assertThat(call.header("Retry-After")).isEqualTo("5");
        assertThat(call.body()).doesNotContain("FATAL").contains("\"code\":\"service_unavailable\"");
    }

    @Test
    void answers_an_unexpected_failure_with_a_bare_500_that_reveals_nothing() {
        doThrow(new IllegalStateException("relation \"authentication_user\" does not exist"))
                .when(profiles).getUserProfile(any());

        HttpCall call = get("/api/auth/user/");

        assertThat(call.status()).isEqualTo(500);
        assertThat(call.body()).isEqualTo("{\"error\":\"Internal server error\",\"code\":\"internal_error\"}");
    }
}
