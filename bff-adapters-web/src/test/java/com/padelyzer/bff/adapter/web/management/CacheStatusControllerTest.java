package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.adapter.web.monitoring.EndpointFigures;
import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.RequestStatistics;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.CacheStatusReport.TypeStatus;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class CacheStatusControllerTest {

    static final String PATH = "/api/management/bff/cache/status/";

    @Inject EmbeddedServer server;
    @Inject GetCacheStatusUseCase status;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(GetCacheStatusUseCase.class)
    GetCacheStatusUseCase status() {
        return mock(GetCacheStatusUseCase.class);
    }

    @Inject RequestStatistics monitor;

    @MockBean(RequestStatistics.class)
    RequestStatistics monitor() {
        return mock(RequestStatistics.class);
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
        clearInvocations(status);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.staff());
        when(measure.finish()).thenReturn(DatabaseWork.NONE);
        when(monitor.figures()).thenReturn(Map.of(
                EndpointType.DASHBOARD, new EndpointFigures(4, 1, 2, 3, 4, 0, 0.5, 0, 0, 3, 1, 0),
                EndpointType.AVAILABILITY, new EndpointFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }

    HttpCall get(String token) {
        return HttpCall.get("http://localhost:" + server.getPort(), PATH, token);
    }

    @Test
    void shows_backends_lookups_and_per_type_prefix_ttl_and_entries() {
        when(status.getCacheStatus(any())).thenReturn(new CacheStatusReport("caffeine", Optional.of("redis"), true,
                List.of(new TypeStatus(CacheType.DASHBOARD_ANALYTICS, "bff:dashboard:", Duration.ofSeconds(300),
                        Duration.ofSeconds(30), 2, Optional.of(3L))), 6, 2, 2));

        HttpCall call = get(AccessTokens.forUser(42));

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).isEqualTo("{\"backends\":{\"l1\":\"caffeine\",\"l2\":\"redis\",\"redis_available\":true},"
                + "\"lookups\":{\"l1_hits\":6,\"l2_hits\":2,\"misses\":2,\"hit_rate\":0.8},"
                + "\"types\":[{\"type\":\"dashboard_analytics\",\"key_prefix\":\"bff:dashboard:\",\"ttl_seconds\":300,"
                + "\"stale_seconds\":30,\"l1_entries\":2,\"l2_entries\":3,\"hit_rate\":0.75}]}");
    }

    @Test
    void without_redis_says_null_for_the_shared_level_and_its_entries() {
        when(status.getCacheStatus(any())).thenReturn(new CacheStatusReport("caffeine", Optional.empty(), false,
                List.of(new TypeStatus(CacheType.AVAILABILITY, "bff:availability:", Duration.ofSeconds(60),
                        Duration.ZERO, 0, Optional.empty())), 0, 0, 0));

        String body = get(AccessTokens.forUser(42)).body();

        assertThat(body).contains("\"l2\":null", "\"l2_entries\":null", "\"hit_rate\":0.0");
        assertThat(body).as("no request was answered from availability yet").endsWith("\"hit_rate\":null}]}");
    }

    @Test
    void is_for_staff_only_and_needs_a_token() {
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());

        HttpCall forbidden = get(AccessTokens.forUser(42));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body())
                .isEqualTo("{\"error\":\"You do not have permission to perform this action\",\"code\":\"forbidden\"}");
        assertThat(get(null).status()).isEqualTo(401);
        verify(status, never()).getCacheStatus(any());
    }
}
