package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.openapi.ClubReadResponses;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code GET /api/bff/bi/availability/bulk/}: every listed court's slots on one date, in one call. */
@Tag(name = "Availability")
@Controller("/api/bff/bi/availability/bulk/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class BulkAvailabilityController {

    private final AvailabilityReads reads;
    private final ReadPath path;
    private final Clock clock;

    BulkAvailabilityController(AvailabilityReads reads, ReadPath path, Clock clock) {
        this.reads = reads;
        this.path = path;
        this.clock = clock;
    }

    @Operation(summary = "Every listed court's slots of one club on one date")
    @Parameter(in = ParameterIn.QUERY, name = "club", description = "The club id", required = true, schema = @Schema(implementation = java.util.UUID.class))
    @Parameter(in = ParameterIn.QUERY, name = "date", description = "YYYY-MM-DD, within 2 years of today", required = true, schema = @Schema(implementation = java.time.LocalDate.class))
    @Parameter(in = ParameterIn.QUERY, name = "courts", description = "Court ids (at most 100): courts[]=<id>&courts[]=<id> or courts=<id>,<id>; default all",
            schema = @Schema(implementation = String.class))
    @Parameter(in = ParameterIn.QUERY, name = "slot_minutes", description = "30 to 240 in steps of 15; default 60", schema = @Schema(implementation = Integer.class))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BulkAvailabilityResponse.class)))
    @ClubReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        GetBulkAvailabilityQuery query = AvailabilityParameters.fromQuery(request.getParameters(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC))).query();
        return path.serve(request, caller, reads.of(query));
    }
}
