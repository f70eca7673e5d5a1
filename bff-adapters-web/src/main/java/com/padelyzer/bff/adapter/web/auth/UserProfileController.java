package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.response.AdmittedReads;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase;
import com.padelyzer.bff.application.port.in.GetUserProfileUseCase.GetUserProfileQuery;

/** {@code GET /api/auth/user/}: the auth context's {@code user} object alone, uncached (the measured "before"). */
@Tag(name = "Before (uncached)")
@Controller("/api/auth/user/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserProfileController {

    private final GetUserProfileUseCase profiles;
    private final AdmittedReads reads;

    UserProfileController(GetUserProfileUseCase profiles, AdmittedReads reads) {
        this.profiles = profiles;
        this.reads = reads;
    }

    @Operation(summary = "The user object alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UserBody.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        return reads.serveCallerRead(request, authentication,
                user -> profiles.getUserProfile(new GetUserProfileQuery(user)),
                UserBody::of);
    }
}
