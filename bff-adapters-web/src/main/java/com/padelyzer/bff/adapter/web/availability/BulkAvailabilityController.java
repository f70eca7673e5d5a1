package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.adapter.web.error.ApiErrors;
import com.padelyzer.bff.adapter.web.request.Caller;
import com.padelyzer.bff.adapter.web.response.AdmittedReads;
import com.padelyzer.bff.adapter.web.response.RenderedResponses;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import com.padelyzer.bff.domain.club.ClubId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code GET /api/bff/bi/availability/bulk/}: every listed court's slots on one date, in one call. */
@Controller("/api/bff/bi/availability/bulk/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class BulkAvailabilityController {

    private static final ApiErrorException CLUB_NOT_FOUND = ApiErrorException.notFound(ApiErrors.CLUB_NOT_FOUND);

    private final GetBulkAvailabilityUseCase availability;
    private final AdmittedReads reads;
    private final RenderedResponses rendered;
    private final CacheKeys keys;
    private final Clock clock;

    BulkAvailabilityController(GetBulkAvailabilityUseCase availability, AdmittedReads reads,
                               RenderedResponses rendered, CacheKeys keys, Clock clock) {
        this.availability = availability;
        this.reads = reads;
        this.rendered = rendered;
        this.keys = keys;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Authentication authentication) {
        long started = System.nanoTime();
        Caller caller = Caller.of(authentication);
        AvailabilityParameters parameters = AvailabilityParameters.fromQuery(request.getParameters(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        ClubId club = parameters.club().orElse(null);
        if (club == null) {
            reads.admit(AuthorizeRequestQuery.forCaller(caller.user(), caller.tokenId()), ApiErrors.CLUB_NOT_FOUND);
            throw CLUB_NOT_FOUND;
        }
        GetBulkAvailabilityQuery query = new GetBulkAvailabilityQuery(club, parameters.date(), parameters.courts(),
                parameters.slotLength());
        String key = keys.availability(club, query.date(), query.courts(), query.slotLength().minutes());
        return reads.serve(request, started,
                AuthorizeRequestQuery.forClub(caller.user(), caller.tokenId(), club, ClubAccessPurpose.AVAILABILITY),
                CLUB_NOT_FOUND,
                admitted -> rendered.cached(key, CacheType.AVAILABILITY,
                        () -> availability.getBulkAvailability(query), BulkAvailabilityResponse::of));
    }
}
