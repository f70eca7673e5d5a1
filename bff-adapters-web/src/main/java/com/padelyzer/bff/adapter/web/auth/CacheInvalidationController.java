package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.cache.DataChange;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase;
import com.padelyzer.bff.application.port.in.InvalidateCacheUseCase.InvalidateCacheCommand;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code POST /api/bff/auth/cache/invalidate/}: drops the caller's own cached auth context and permissions. */
@Tag(name = "Auth context")
@Controller("/api/bff/auth/cache/invalidate/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CacheInvalidationController {

    private final InvalidateCacheUseCase invalidate;
    private final ReadPath path;

    CacheInvalidationController(InvalidateCacheUseCase invalidate, ReadPath path) {
        this.invalidate = invalidate;
        this.path = path;
    }

    @Operation(summary = "Drop the caller's cached auth context and permissions")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = InvalidatedBody.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post
    InvalidatedBody post(Caller caller) {
        path.admit(caller, Access.anyCaller());
        invalidate.invalidateCache(new InvalidateCacheCommand(new DataChange.UserChanged(caller.user())));
        return new InvalidatedBody("Cache invalidated for user " + caller.user(), caller.user().toString());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record InvalidatedBody(String message, String userId) {
    }
}
