package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.openapi.ManagementResponses;
import com.padelyzer.bff.adapter.web.monitoring.EndpointFigures;
import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.RequestStatistics;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.port.in.EndpointLoad;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase.GetPerformanceReportQuery;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/management/bff/performance/}: the request monitor's figures ({@link RequestStatistics}) handed to
 * the performance report use case, which scores them and recommends. Staff only, decided before the monitor is
 * read. With monitoring switched off the figures stay empty (and the score judges the cache and indexes alone).
 */
@Tag(name = "Management")
@Controller("/api/management/bff/performance/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PerformanceController {

    /** SPEC §7's default threshold, for a type the monitor names no threshold for. */
    static final Duration DEFAULT_THRESHOLD = Duration.ofMillis(250);

    private final GetPerformanceReportUseCase report;
    private final RequestStatistics monitor;
    private final ReadPath path;

    PerformanceController(GetPerformanceReportUseCase report, RequestStatistics monitor, ReadPath path) {
        this.report = report;
        this.monitor = monitor;
        this.path = path;
    }

    @Operation(summary = "Health score (0-100), the monitor's figures per endpoint type, the last alerts, "
            + "thresholds, cache status, index summary and recommendations with their evidence (staff only)",
            description = "score = 100 − Σ types 25 × exceeded/count − Σ types 10 if p95 > threshold − "
                    + "40 × (0.5 − hit rate) if ≥ 100 requests went through the cache with a hit rate below 0.5 − "
                    + "15 if Redis is configured but down; clamped to 0..100, rounded. See docs/api.md.")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PerformanceBody.class)))
    @ManagementResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.staff(), () -> Optional.of(PerformanceBody.of(
                report.getPerformanceReport(new GetPerformanceReportQuery(loads(monitor))), monitor)), body -> body));
    }

    /** The monitor's figures as the use case reads them, each with its type's threshold. */
    static List<EndpointLoad> loads(RequestStatistics statistics) {
        Map<EndpointType, Duration> thresholds = statistics.thresholds();
        Duration fallback = thresholds.getOrDefault(EndpointType.DEFAULT, DEFAULT_THRESHOLD);
        return statistics.figures().entrySet().stream().map(entry -> {
            EndpointFigures f = entry.getValue();
            double threshold = thresholds.getOrDefault(entry.getKey(), fallback).toNanos() / 1e6;
            return new EndpointLoad(entry.getKey().code(), f.count(), f.p95Ms(), threshold, f.exceeded(),
                    f.meanQueries(), f.duplicateStatements(), f.hits(), f.misses(), f.stale());
        }).sorted(java.util.Comparator.comparing(EndpointLoad::endpoint)).toList();
    }
}
