package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
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
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase.GetUserProfileQuery;

/** {@code GET /api/auth/user/}: the auth context's {@code user} object alone, uncached (the measured "before"). */
@Tag(name = "Before (uncached)")
@Controller("/api/auth/user/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserProfileController {

    private final GetUserProfileUseCase profiles;
    private final ReadPath path;

    UserProfileController(GetUserProfileUseCase profiles, ReadPath path) {
        this.profiles = profiles;
        this.path = path;
    }

    @Operation(summary = "The user object alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UserBody.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.anyCaller(),
                () -> profiles.getUserProfile(new GetUserProfileQuery(caller.user())), UserBody::of));
    }
}
