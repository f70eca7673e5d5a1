package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/management/bff/metrics/}: the Prometheus scrape (SPEC §7), protected as every management endpoint
 * is: a staff or superuser token (Prometheus sends a long-lived one, docs/decisions/0016-prometheus-metrics.md).
 */
@Tag(name = "Management")
@Controller("/api/management/bff/metrics/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class MetricsController {

    private static final MediaType EXPOSITION_FORMAT = MediaType.of(MetricsScrape.CONTENT_TYPE);

    private final MetricsScrape metrics;
    private final ReadPath path;

    MetricsController(MetricsScrape metrics, ReadPath path) {
        this.metrics = metrics;
        this.path = path;
    }

    @Operation(summary = "Every meter in the Prometheus text format 0.0.4, for Prometheus to scrape (staff only)",
            description = "JVM, process, HikariCP pool, cache, change-notification and request meters. Prometheus "
                    + "authenticates with a staff user's long-lived access token (scrape config "
                    + "authorization.credentials).")
    @ApiResponse(responseCode = "200", description = "The scrape",
            content = @Content(mediaType = MetricsScrape.CONTENT_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class)))
    @Get(produces = {MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    HttpResponse<String> get(Caller caller) {
        path.admit(caller, Access.staff());
        return HttpResponse.ok(metrics.scrape())
                .contentType(EXPOSITION_FORMAT)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
