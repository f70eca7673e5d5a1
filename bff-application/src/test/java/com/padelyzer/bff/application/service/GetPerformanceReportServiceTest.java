package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.performance.RecommendationRules;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.EndpointLoad;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase.GetPerformanceReportQuery;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import com.padelyzer.bff.application.port.in.IndexUsageReport.IndexUsage;
import com.padelyzer.bff.application.port.in.PerformanceReport;
import com.padelyzer.bff.application.port.in.Recommendation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GetPerformanceReportServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final CacheStatusReport redisDown = new CacheStatusReport("caffeine", Optional.of("redis"), false,
            List.of(), 10, 0, 30);
    private final IndexUsageReport indexes = new IndexUsageReport(NOW, NOW.minusSeconds(60), 60, List.of(
            new IndexUsage("idx_bff_a", "clubs_court", 0, 0, 0, 8192, "CREATE INDEX idx_bff_a", true, false),
            new IndexUsage("idx_bff_b", "clubs_court", 4, 4, 4, 8192, "CREATE INDEX idx_bff_b", true, false)));
    private final GetPerformanceReportService service = new GetPerformanceReportService(query -> redisDown,
            query -> indexes, RecommendationRules.standard());

    @Test
    void scores_the_handed_in_figures_beside_the_cache_and_the_indexes() {
        EndpointLoad slowDashboards = new EndpointLoad("dashboard", 40, 450, 200, 20, 2, 0, 0, 40, 0);

        PerformanceReport report = service.getPerformanceReport(new GetPerformanceReportQuery(List.of(slowDashboards)));

        assertThat(report.generatedAt()).isEqualTo(NOW);
        assertThat(report.healthScore()).as("100 − 25 × 0.5 − 10 (p95) − 15 (Redis down)").isEqualTo(63);
        assertThat(report.cache()).isSameAs(redisDown);
        assertThat(report.database()).isEqualTo(new PerformanceReport.DatabaseSummary(2, List.of("idx_bff_a"), 60));
        assertThat(report.recommendations()).extracting(Recommendation::rule)
                .containsExactly("p95_over_threshold", "often_over_threshold", "redis_unavailable");
    }

    @Test
    void without_figures_only_the_store_and_the_indexes_are_judged() {
        PerformanceReport report = service.getPerformanceReport(new GetPerformanceReportQuery(List.of()));

        assertThat(report.healthScore()).isEqualTo(85);
        assertThat(report.recommendations()).extracting(Recommendation::rule).containsExactly("redis_unavailable");
    }
}
