package com.padelyzer.bff.adapter.web.availability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.adapter.web.request.Parameters;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.CheckSlotAvailabilityUseCase.CheckSlotAvailabilityQuery;
import com.padelyzer.bff.application.port.in.SlotCheckResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalTime;

/**
 * {@code POST /api/reservations/check_availability/}: the legacy single check, uncached (the measured "before").
 * As every read, the caller check comes first: it finds the court's club itself ({@link Access#courtsClub}), so a
 * revoked token costs no data statement, and an unknown court and a court of a club the caller may not see get the
 * same 404 after the same one statement; only an admitted caller's court day is loaded.
 */
@Tag(name = "Availability")
@Controller("/api/reservations/check_availability/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SlotCheckController {

    private final CheckSlotAvailabilityUseCase checks;
    private final ReadPath path;
    private final JsonMapper json;

    SlotCheckController(CheckSlotAvailabilityUseCase checks, ReadPath path, JsonMapper json) {
        this.checks = checks;
        this.path = path;
        this.json = json;
    }

    @Operation(summary = "Legacy single slot check (uncached, the measured before)",
            description = "Body: {\"court\": uuid, \"date\": \"YYYY-MM-DD\", \"start_time\": \"HH:MM\", \"end_time\": \"HH:MM\"}")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SlotCheckBody.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "400", description = "Bad parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Court not found or access denied", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post
    MutableHttpResponse<?> post(HttpRequest<?> request, Caller caller, @Nullable @Body String body) {
        CheckSlotAvailabilityQuery query = queryOf(JsonBody.parse(json, body));
        Access access = Access.courtsClub(query.court(), ClubAccessPurpose.AVAILABILITY);
        return path.serve(request, caller,
                Read.uncached(access, () -> checks.checkSlotAvailability(query), SlotCheckBody::of));
    }

    private static CheckSlotAvailabilityQuery queryOf(JsonBody body) {
        var court = Parameters.court("court", body.text("court"));
        var date = Parameters.date("date", body.text("date"));
        LocalTime start = Parameters.time("start_time", body.text("start_time"));
        LocalTime end = Parameters.time("end_time", body.text("end_time"));
        if (!end.isAfter(start)) {
            throw Parameters.invalid("end_time", "'end_time' must be after 'start_time'");
        }
        return new CheckSlotAvailabilityQuery(court, date, start, end);
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SlotCheckBody(boolean isAvailable, @Schema(nullable = true) String reason) {

        static SlotCheckBody of(SlotCheckResult result) {
            return new SlotCheckBody(result.availability().isAllowed(),
                    result.availability().denialReason().orElse(null));
        }
    }
}
