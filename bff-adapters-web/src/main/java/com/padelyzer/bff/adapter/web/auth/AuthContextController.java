package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
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
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.AuthContextOfAccessQuery;

/** {@code GET /api/bff/auth/context/}: the one call that replaces four, cached per user. */
@Tag(name = "Auth context")
@Controller("/api/bff/auth/context/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthContextController {

    private final GetAuthContextUseCase contexts;
    private final ReadPath path;
    private final CacheKeys keys;

    AuthContextController(GetAuthContextUseCase contexts, ReadPath path, CacheKeys keys) {
        this.contexts = contexts;
        this.path = path;
        this.keys = keys;
    }

    @Operation(summary = "User, organizations, clubs and permissions in one call (cached per user)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthContextResponse.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.cachedFromCallerAccess(Access.anyCaller(), CacheType.AUTH_CONTEXT,
                keys.authContext(caller.user()), access -> contexts.authContextOf(new AuthContextOfAccessQuery(access)),
                AuthContextResponse::of));
    }
}
