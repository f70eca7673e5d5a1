package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.response.AdmittedReads;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase;
import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase.GetUserPermissionsQuery;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/** {@code GET /api/auth/permissions/}: {@code {"permissions": [...]}} exactly as in the auth context, uncached. */
@Tag(name = "Before (uncached)")
@Controller("/api/auth/permissions/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserPermissionsController {

    private final GetUserPermissionsUseCase permissions;
    private final AdmittedReads reads;

    UserPermissionsController(GetUserPermissionsUseCase permissions, AdmittedReads reads) {
        this.permissions = permissions;
        this.reads = reads;
    }

    @Operation(summary = "The user's permissions alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PermissionsBody.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        return reads.serveCallerRead(request, authentication,
                user -> Optional.of(permissions.getUserPermissions(new GetUserPermissionsQuery(user))),
                PermissionsBody::new);
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PermissionsBody(List<String> permissions) {
    }
}
