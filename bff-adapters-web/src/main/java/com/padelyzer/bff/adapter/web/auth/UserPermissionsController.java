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
    private final ReadPath path;

    UserPermissionsController(GetUserPermissionsUseCase permissions, ReadPath path) {
        this.permissions = permissions;
        this.path = path;
    }

    @Operation(summary = "The user's permissions alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PermissionsBody.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.anyCaller(),
                () -> Optional.of(permissions.getUserPermissions(new GetUserPermissionsQuery(caller.user()))),
                PermissionsBody::new));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PermissionsBody(List<String> permissions) {
    }
}
