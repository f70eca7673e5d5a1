package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase.GetIndexUsageQuery;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import com.padelyzer.bff.application.port.out.IndexStatistics;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GetIndexUsageServiceTest {

    private static final Instant RESET = Instant.parse("2026-12-01T10:00:00Z");
    private static final IndexStatistics.Index SCHEDULES = new IndexStatistics.Index("idx_bff_club_schedules",
            "clubs_schedule", 42, 84, 80, 16_384, "CREATE INDEX idx_bff_club_schedules ...", true, false);

    private static IndexUsageReport reportAt(Instant now) {
        return new GetIndexUsageService(() -> new IndexStatistics(List.of(SCHEDULES), RESET),
                Clock.fixed(now, ZoneOffset.UTC)).getIndexUsage(new GetIndexUsageQuery());
    }

    @Test
    void says_how_long_the_statistics_have_been_counting_and_passes_every_figure_on() {
        IndexUsageReport report = reportAt(Instant.parse("2026-12-01T12:30:15Z"));

        assertThat(report.statisticsAgeSeconds()).isEqualTo(2 * 3600 + 30 * 60 + 15);
        assertThat(report.statisticsSince()).isEqualTo(RESET);
        assertThat(report.generatedAt()).isEqualTo(Instant.parse("2026-12-01T12:30:15Z"));
        assertThat(report.indexes()).containsExactly(new IndexUsageReport.IndexUsage("idx_bff_club_schedules",
                "clubs_schedule", 42, 84, 80, 16_384, "CREATE INDEX idx_bff_club_schedules ...", true, false));
    }

    @Test
    void an_age_behind_a_clock_that_lags_the_database_is_zero_not_negative() {
        assertThat(reportAt(RESET.minusSeconds(5)).statisticsAgeSeconds()).isZero();
    }
}
