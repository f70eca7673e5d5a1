package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.openapi.CallerReadResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import com.padelyzer.bff.application.port.in.GetUserClubsUseCase;
import com.padelyzer.bff.application.port.in.GetUserClubsUseCase.GetUserClubsQuery;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/** {@code GET /api/clubs/user-clubs/}: {@code {"clubs": [...]}} exactly as in the auth context, uncached. */
@Tag(name = "Before (uncached)")
@Controller("/api/clubs/user-clubs/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserClubsController {

    private final GetUserClubsUseCase clubs;
    private final ReadPath path;

    UserClubsController(GetUserClubsUseCase clubs, ReadPath path) {
        this.clubs = clubs;
        this.path = path;
    }

    @Operation(summary = "The user's clubs alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UserClubsBody.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.anyCaller(),
                () -> Optional.of(clubs.getUserClubs(new GetUserClubsQuery(caller.user()))),
                found -> new UserClubsBody(found.stream().map(ClubBody::of).toList())));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserClubsBody(List<ClubBody> clubs) {
    }
}
