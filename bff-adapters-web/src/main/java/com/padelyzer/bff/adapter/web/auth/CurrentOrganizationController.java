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
    private final ReadPath path;

    CurrentOrganizationController(GetCurrentOrganizationUseCase organizations, ReadPath path) {
        this.organizations = organizations;
        this.path = path;
    }

    @Operation(summary = "The current organization alone")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganizationBody.class)))
    @ApiResponse(responseCode = "404", description = "The user has no active organization (code no_organization)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.anyCaller(),
                () -> organizations.getCurrentOrganization(new GetCurrentOrganizationQuery(caller.user())),
                OrganizationBody::of).orWhenEmpty(NO_ORGANIZATION));
    }
}
