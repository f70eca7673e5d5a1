package com.padelyzer.bff.adapter.web.availability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.request.Caller;
import com.padelyzer.bff.adapter.web.response.AdmittedReads;
import com.padelyzer.bff.adapter.web.response.RenderedResponses;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.domain.club.ClubId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code GET /api/bff/bi/availability/bulk/}: every listed court's slots on one date, in one call. */
@Tag(name = "Availability")
@Controller("/api/bff/bi/availability/bulk/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class BulkAvailabilityController {

    private static final ApiErrorException CLUB_NOT_FOUND = ApiErrorException.notFound(ApiErrors.CLUB_NOT_FOUND);

    private final GetBulkAvailabilityUseCase availability;
    private final AdmittedReads reads;
    private final RenderedResponses rendered;
    private final CacheKeys keys;
    private final Clock clock;

    BulkAvailabilityController(GetBulkAvailabilityUseCase availability, AdmittedReads reads,
                               RenderedResponses rendered, CacheKeys keys, Clock clock) {
        this.availability = availability;
        this.reads = reads;
        this.rendered = rendered;
        this.keys = keys;
        this.clock = clock;
    }

    @Operation(summary = "Every listed court's slots of one club on one date")
    @Parameter(in = ParameterIn.QUERY, name = "club", description = "The club id", required = true, schema = @Schema(implementation = java.util.UUID.class))
    @Parameter(in = ParameterIn.QUERY, name = "date", description = "YYYY-MM-DD, within 2 years of today", required = true, schema = @Schema(implementation = java.time.LocalDate.class))
    @Parameter(in = ParameterIn.QUERY, name = "courts", description = "Court ids (at most 100): courts[]=<id>&courts[]=<id> or courts=<id>,<id>; default all",
            schema = @Schema(implementation = String.class))
    @Parameter(in = ParameterIn.QUERY, name = "slot_minutes", description = "30 to 240 in steps of 15; default 60", schema = @Schema(implementation = Integer.class))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BulkAvailabilityResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "400", description = "Bad parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Club not found or access denied (unknown, foreign or malformed club id)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        Caller caller = Caller.of(authentication);
        AvailabilityParameters parameters = AvailabilityParameters.fromQuery(request.getParameters(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        ClubId club = parameters.club().orElse(null);
        if (club == null) {
            reads.admit(AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()), ApiErrors.CLUB_NOT_FOUND);
            throw CLUB_NOT_FOUND;
        }
        GetBulkAvailabilityQuery query = new GetBulkAvailabilityQuery(club, parameters.date(), parameters.courts(),
                parameters.slotLength());
        String key = keys.availability(club, query.date(), query.courts(), query.slotLength().minutes());
        return reads.serve(request, started,
                AuthorizeRequestQuery.forClub(caller.user(), caller.tokenId(), club, ClubAccessPurpose.AVAILABILITY),
                CLUB_NOT_FOUND,
                admitted -> rendered.cached(key, CacheType.AVAILABILITY,
                        () -> availability.getBulkAvailability(query), BulkAvailabilityResponse::of));
    }
}
