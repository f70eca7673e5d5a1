package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
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
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase;
import com.padelyzer.bff.application.port.in.GetAuthContextUseCase.GetAuthContextQuery;

/** {@code GET /api/bff/auth/context/}: the one call that replaces four, cached per user. */
@Tag(name = "Auth context")
@Controller("/api/bff/auth/context/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthContextController {

    private final GetAuthContextUseCase contexts;
    private final AdmittedReads reads;
    private final RenderedResponses rendered;
    private final CacheKeys keys;

    AuthContextController(GetAuthContextUseCase contexts, AdmittedReads reads, RenderedResponses rendered,
                          CacheKeys keys) {
        this.contexts = contexts;
        this.reads = reads;
        this.rendered = rendered;
        this.keys = keys;
    }

    @Operation(summary = "User, organizations, clubs and permissions in one call (cached per user)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthContextResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        Caller caller = Caller.of(authentication);
        return reads.serve(request, started, AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()),
                ApiErrorException.unauthorized(),
                admitted -> rendered.cached(keys.authContext(caller.user()), CacheType.AUTH_CONTEXT,
                        () -> contexts.getAuthContext(new GetAuthContextQuery(caller.user())),
                        AuthContextResponse::of));
    }
}
