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
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase;
import com.padelyzer.bff.application.port.in.GetCurrentOrganizationUseCase.GetCurrentOrganizationQuery;

/**
 * {@code GET /api/root/organization/}: the auth context's {@code current_organization} alone, uncached; 404
 * {@code no_organization} when the user has none.
 */
@Tag(name = "Before (uncached)")
@Controller("/api/root/organization/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CurrentOrganizationController {

    private static final ApiErrorException NO_ORGANIZATION = ApiErrorException.notFound(ApiErrors.NO_ORGANIZATION);

    private final GetCurrentOrganizationUseCase organizations;
    private final AdmittedReads reads;
    private final RenderedResponses rendered;

    CurrentOrganizationController(GetCurrentOrganizationUseCase organizations, AdmittedReads reads,
                                  RenderedResponses rendered) {
        this.organizations = organizations;
        this.reads = reads;
        this.rendered = rendered;
    }

    @Operation(summary = "The current organization alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganizationBody.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "The user has no active organization (code no_organization)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        Caller caller = Caller.of(authentication);
        return reads.serve(request, started, AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()),
                NO_ORGANIZATION,
                admitted -> rendered.uncached(() -> organizations.getCurrentOrganization(
                        new GetCurrentOrganizationQuery(caller.user())), OrganizationBody::of));
    }
}
