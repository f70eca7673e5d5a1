package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.AccessTokens;
import com.padelyzer.bff.adapter.web.Callers;
import com.padelyzer.bff.adapter.web.HttpCall;
import com.padelyzer.bff.adapter.web.monitoring.EndpointFigures;
import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.PerformanceAlert;
import com.padelyzer.bff.adapter.web.monitoring.RequestStatistics;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.EndpointLoad;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase.GetPerformanceReportQuery;
import com.padelyzer.bff.application.port.in.PerformanceReport;
import com.padelyzer.bff.application.port.in.Recommendation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class PerformanceControllerTest {

    static final String PATH = "/api/management/bff/performance/";
    static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");

    @Inject EmbeddedServer server;
    @Inject GetPerformanceReportUseCase report;
    @Inject RequestStatistics monitor;
    @Inject AuthorizeRequestUseCase authorize;
    @Inject StatementCounter measure;

    @MockBean(GetPerformanceReportUseCase.class)
    GetPerformanceReportUseCase report() {
        return mock(GetPerformanceReportUseCase.class);
    }

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
    void admit_staff_and_measure_dashboards() {
        clearInvocations(report, monitor);
        when(authorize.authorizeRequest(any())).thenReturn(Callers.staff());
        when(measure.finish()).thenReturn(DatabaseWork.NONE);
        when(monitor.figures()).thenReturn(Map.of(EndpointType.DASHBOARD,
                new EndpointFigures(40, 120, 450, 600, 700, 20, 2, 1, 3, 10, 30, 0)));
        when(monitor.thresholds()).thenReturn(Map.of(EndpointType.DASHBOARD, Duration.ofMillis(200),
                EndpointType.DEFAULT, Duration.ofMillis(250)));
        when(monitor.recentAlerts()).thenReturn(List.of(new PerformanceAlert(AT, EndpointType.DASHBOARD, "GET",
                "/api/bff/bi/analytics/club/", 200, 700, 200, 2, 0, "MISS", "42")));
        when(report.getPerformanceReport(any())).thenReturn(new PerformanceReport(AT, 63,
                new CacheStatusReport("caffeine", Optional.empty(), false, List.of(), 1, 0, 3),
                new PerformanceReport.DatabaseSummary(7, List.of("idx_bff_a"), 60),
                List.of(new Recommendation("p95_over_threshold", "p95 of dashboard is 450 ms",
                                new Recommendation.Evidence(Optional.of("dashboard"), "p95_ms", 450, 200)),
                        new Recommendation("redis_unavailable", "Redis is down",
                                new Recommendation.Evidence(Optional.empty(), "redis_available", 0, 1)))));
    }

    HttpCall get(String token) {
        return HttpCall.get("http://localhost:" + server.getPort(), PATH, token);
    }

    @Test
    void hands_the_monitors_figures_with_their_thresholds_to_the_report() {
        assertThat(get(AccessTokens.forUser(42)).status()).isEqualTo(200);

        verify(report).getPerformanceReport(new GetPerformanceReportQuery(List.of(
                new EndpointLoad("dashboard", 40, 450, 200, 20, 2, 1, 10, 30, 0))));
    }

    @Test
    void answers_score_figures_alerts_thresholds_cache_database_and_recommendations_with_evidence() {
        String body = get(AccessTokens.forUser(42)).body();

        assertThat(body).startsWith("{\"timestamp\":\"2026-11-25T12:00:00Z\",\"health_score\":63,\"performance\":{"
                + "\"stats\":{\"dashboard\":{\"count\":40,\"p50_ms\":120.0,\"p95_ms\":450.0,\"p99_ms\":600.0,"
                + "\"max_ms\":700.0,\"exceeded\":20,\"mean_queries\":2.0,\"duplicate_statements\":1,"
                + "\"similar_statements\":3,\"hits\":10,\"misses\":30,\"stale\":0,\"hit_rate\":0.25}},"
                + "\"alerts\":[{\"at\":\"2026-11-25T12:00:00Z\",\"type\":\"dashboard\",\"method\":\"GET\","
                + "\"path\":\"/api/bff/bi/analytics/club/\",\"status\":200,\"response_time_ms\":700.0,"
                + "\"threshold_ms\":200.0,\"query_count\":2,\"duplicate_statements\":0,\"cache_state\":\"MISS\","
                + "\"user\":\"42\"}],\"thresholds\":{\"dashboard\":200,\"default\":250}},\"cache\":{\"backends\":");
        assertThat(body).contains("\"database\":{\"indexes\":7,\"indexes_without_scans\":[\"idx_bff_a\"],"
                + "\"statistics_age_seconds\":60}");
        assertThat(body).endsWith("\"recommendations\":[{\"rule\":\"p95_over_threshold\",\"message\":\"p95 of "
                + "dashboard is 450 ms\",\"evidence\":{\"endpoint\":\"dashboard\",\"figure\":\"p95_ms\",\"value\":450.0,"
                + "\"threshold\":200.0}},{\"rule\":\"redis_unavailable\",\"message\":\"Redis is down\",\"evidence\":"
                + "{\"endpoint\":null,\"figure\":\"redis_available\",\"value\":0.0,\"threshold\":1.0}}]}");
    }

    @Test
    void is_for_staff_only_decided_before_the_monitor_is_read() {
        when(authorize.authorizeRequest(any())).thenReturn(Callers.admitted());

        HttpCall call = get(AccessTokens.forUser(42));

        assertThat(call.status()).isEqualTo(403);
        assertThat(get(null).status()).isEqualTo(401);
        verifyNoInteractions(monitor);
        verify(report, never()).getPerformanceReport(any());
    }
}
