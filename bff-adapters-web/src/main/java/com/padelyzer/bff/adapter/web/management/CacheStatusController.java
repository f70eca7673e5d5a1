package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.RequestStatistics;
import com.padelyzer.bff.application.cache.CacheType;

import com.padelyzer.bff.adapter.web.openapi.ManagementResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase.GetCacheStatusQuery;
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

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/management/bff/cache/status/}: backends, lookups and hit rate, per type prefix, TTL, entries. */
@Tag(name = "Management")
@Controller("/api/management/bff/cache/status/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CacheStatusController {

    /** The endpoint types whose answers each cache type keeps. */
    private static final Map<EndpointType, CacheType> KEPT_AS = Map.of(EndpointType.DASHBOARD,
            CacheType.DASHBOARD_ANALYTICS, EndpointType.AVAILABILITY, CacheType.AVAILABILITY,
            EndpointType.AUTH_CONTEXT, CacheType.AUTH_CONTEXT);

    private final GetCacheStatusUseCase status;
    private final RequestStatistics monitor;
    private final ReadPath path;

    CacheStatusController(GetCacheStatusUseCase status, RequestStatistics monitor, ReadPath path) {
        this.status = status;
        this.monitor = monitor;
        this.path = path;
    }

    @Operation(summary = "Cache backends and whether Redis answers, lookups and hit rate, and per type the key "
            + "prefix, TTL and entries (staff only)", description = "Entries in Redis are counted by one SCAN walk "
            + "over this service's keys (null without Redis or while it is down); lookups and L1 entries are this "
            + "instance's.")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = CacheStatusBody.class)))
    @ManagementResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.staff(),
                () -> Optional.of(status.getCacheStatus(new GetCacheStatusQuery())),
                report -> CacheStatusBody.of(report, requestHitRates())));
    }

    private Map<CacheType, Double> requestHitRates() {
        Map<CacheType, Double> rates = new EnumMap<>(CacheType.class);
        monitor.figures().forEach((endpoint, figures) -> {
            CacheType kept = KEPT_AS.get(endpoint);
            if (kept != null && figures.hits() + figures.misses() + figures.stale() > 0) {
                rates.put(kept, figures.hitRate());
            }
        });
        return rates;
    }
}
