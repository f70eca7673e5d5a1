package com.padelyzer.bff.adapter.web.analytics;

import com.padelyzer.bff.adapter.web.openapi.ClubReadResponses;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.adapter.web.request.JsonBody;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The club dashboard (SPEC §5.1): query parameters on GET, a JSON object on POST, one cache entry for both. */
@Tag(name = "Analytics")
@Controller("/api/bff/bi/analytics/club/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ClubAnalyticsController {

    private final DashboardReads reads;
    private final ReadPath path;
    private final JsonMapper json;

    ClubAnalyticsController(DashboardReads reads, ReadPath path, JsonMapper json) {
        this.reads = reads;
        this.path = path;
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
    @ClubReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, reads.of(AnalyticsParameters.fromQuery(request.getParameters()).query()));
    }

    @Operation(summary = "Club dashboard analytics (the same parameters as a JSON object)",
            description = "Body: {\"club\": uuid, \"period\"?, \"include_revenue\"?, \"include_occupancy\"?, \"include_customers\"?, \"compare_previous\"?}")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ClubAnalyticsResponse.class)))
    @ClubReadResponses
    @Post
    MutableHttpResponse<?> post(HttpRequest<?> request, Caller caller, @Nullable @Body String body) {
        return path.serve(request, caller, reads.of(AnalyticsParameters.fromBody(JsonBody.parse(json, body)).query()));
    }
}
