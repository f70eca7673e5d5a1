package com.padelyzer.bff.adapter.web.analytics;

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

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        return answer(request, started, Caller.of(authentication), AnalyticsParameters.fromQuery(request.getParameters()));
    }

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
