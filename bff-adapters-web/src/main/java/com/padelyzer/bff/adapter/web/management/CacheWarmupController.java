package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.adapter.web.analytics.DashboardReads;
import com.padelyzer.bff.adapter.web.availability.AvailabilityReads;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.openapi.ManagementResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase.ActiveClub;
import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase.GetActiveClubsQuery;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import com.padelyzer.bff.domain.slot.SlotLength;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Cache warm-up (SPEC §6, §7): for each asked (or every) active club, the month dashboard as the dashboard asks for
 * it and the all-courts, 60-minute availability of each date (the club's today and tomorrow by default), computed
 * and kept exactly as a miss would keep them. Answers once they are in the cache; staff only.
 */
@Tag(name = "Management")
@Controller("/api/management/bff/cache/warmup/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CacheWarmupController {

    private final GetActiveClubsUseCase activeClubs;
    private final DashboardReads dashboards;
    private final AvailabilityReads availability;
    private final ReadPath path;
    private final JsonMapper json;
    private final Clock clock;

    CacheWarmupController(GetActiveClubsUseCase activeClubs, DashboardReads dashboards,
                          AvailabilityReads availability, ReadPath path, JsonMapper json, Clock clock) {
        this.activeClubs = activeClubs;
        this.dashboards = dashboards;
        this.availability = availability;
        this.path = path;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "Precompute dashboards (month) and availability (today, tomorrow or the given dates) of "
            + "the given or all active clubs (staff only)",
            description = "Body (optional): {\"club_ids\"?: [uuid, ...], \"dates\"?: [\"YYYY-MM-DD\", ...]}")
    @ApiResponse(responseCode = "200", description = "How many entries are now in the cache",
            content = @Content(schema = @Schema(implementation = WarmedBody.class)))
    @ApiResponse(responseCode = "400", description = "Invalid JSON, a malformed club id or date",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ManagementResponses
    @Post
    WarmedBody post(Caller caller, @Nullable @Body String body) {
        path.admit(caller, Access.staff());
        WarmupParameters parameters = WarmupParameters.from(body == null || body.isBlank() ? null
                : JsonBody.parse(json, body), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<ActiveClub> clubs = parameters.clubs().map(Set::isEmpty).orElse(false) ? List.of()
                : activeClubs.getActiveClubs(new GetActiveClubsQuery(parameters.clubs().orElse(Set.of())));
        long warmed = 0;
        for (ActiveClub club : clubs) {
            LocalDate clubToday = LocalDate.ofInstant(clock.instant(), club.zone());
            warmed += path.warm(dashboards.of(GetClubAnalyticsQuery.defaults(club.id())), clubToday) ? 1 : 0;
            for (LocalDate date : parameters.dates().orElse(List.of(clubToday, clubToday.plusDays(1)))) {
                GetBulkAvailabilityQuery day = new GetBulkAvailabilityQuery(club.id(), date, Set.of(),
                        SlotLength.DEFAULT);
                warmed += path.warm(availability.of(day), clubToday) ? 1 : 0;
            }
        }
        return new WarmedBody(warmed);
    }

    @Serdeable
    record WarmedBody(long warmed) {
    }
}
