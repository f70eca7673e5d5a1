package com.padelyzer.bff.adapter.web.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.request.Caller;
import com.padelyzer.bff.adapter.web.request.JsonBody;
import com.padelyzer.bff.adapter.web.response.AdmittedReads;
import com.padelyzer.bff.adapter.web.response.RenderedResponses;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase;
import com.padelyzer.bff.application.port.in.GetClubAnalyticsUseCase.GetClubAnalyticsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/** The club dashboard (SPEC §5.1): query parameters on GET, a JSON object on POST, one cache entry for both. */
@Tag(name = "Analytics")
@Controller("/api/bff/bi/analytics/club/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ClubAnalyticsController {

    private static final ApiErrorException CLUB_NOT_FOUND = ApiErrorException.notFound(ApiErrors.CLUB_NOT_FOUND);

    private final GetClubAnalyticsUseCase analytics;
    private final AdmittedReads reads;
    private final RenderedResponses rendered;
    private final CacheKeys keys;
    private final JsonMapper json;

    ClubAnalyticsController(GetClubAnalyticsUseCase analytics, AdmittedReads reads, RenderedResponses rendered,
                            CacheKeys keys, JsonMapper json) {
        this.analytics = analytics;
        this.reads = reads;
        this.rendered = rendered;
        this.keys = keys;
        this.json = json;
    }

    @Operation(summary = "Club dashboard analytics (query parameters)")
    @Parameter(in = ParameterIn.QUERY, name = "club", description = "The club id", required = true, schema = @Schema(implementation = java.util.UUID.class))
    @Parameter(in = ParameterIn.QUERY, name = "period", description = "week, month (default), quarter or year", schema = @Schema(implementation = String.class))
    @Parameter(in = ParameterIn.QUERY, name = "include_revenue", description = "default true", schema = @Schema(implementation = Boolean.class))
    @Parameter(in = ParameterIn.QUERY, name = "include_occupancy", description = "default true", schema = @Schema(implementation = Boolean.class))
    @Parameter(in = ParameterIn.QUERY, name = "include_customers", description = "default true", schema = @Schema(implementation = Boolean.class))
    @Parameter(in = ParameterIn.QUERY, name = "compare_previous", description = "default true", schema = @Schema(implementation = Boolean.class))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ClubAnalyticsResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "400", description = "Bad parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Club not found or access denied (unknown, foreign or malformed club id)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        return answer(request, started, Caller.of(authentication), AnalyticsParameters.fromQuery(request.getParameters()));
    }

    @Operation(summary = "Club dashboard analytics (the same parameters as a JSON object)",
            description = "Body: {\"club\": uuid, \"period\"?, \"include_revenue\"?, \"include_occupancy\"?, \"include_customers\"?, \"compare_previous\"?}")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ClubAnalyticsResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match matched the ETag")
    @ApiResponse(responseCode = "400", description = "Bad parameters", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Club not found or access denied (unknown, foreign or malformed club id)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Database unreachable (Retry-After)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post
    MutableHttpResponse<?> post(HttpRequest<?> request, Authentication authentication, @Nullable @Body String body) {
        long started = System.nanoTime();
        return answer(request, started, Caller.of(authentication), AnalyticsParameters.fromBody(JsonBody.parse(json, body)));
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, long started, Caller caller,
                                          AnalyticsParameters parameters) {
        var club = parameters.club().orElse(null);
        if (club == null) {
            reads.admit(AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()), ApiErrors.CLUB_NOT_FOUND);
            throw CLUB_NOT_FOUND;
        }
        GetClubAnalyticsQuery query = parameters.queryFor(club);
        String key = keys.dashboard(club, query.period(), query.includeRevenue(), query.includeOccupancy(),
                query.includeCustomers(), query.comparePrevious());
        return reads.serve(request, started,
                AuthorizeRequestQuery.forClub(caller.user(), caller.tokenId(), club, ClubAccessPurpose.ANALYTICS),
                CLUB_NOT_FOUND,
                admitted -> rendered.cached(key, CacheType.DASHBOARD_ANALYTICS,
                        () -> analytics.getClubAnalytics(query), ClubAnalyticsResponse::of));
    }
}
