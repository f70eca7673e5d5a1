package com.padelyzer.bff.adapter.web.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.padelyzer.bff.adapter.web.error.ApiError;
import com.padelyzer.bff.adapter.web.openapi.CallerReadResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.application.port.in.GetOrganizationClubsUseCase;
import com.padelyzer.bff.application.port.in.GetOrganizationClubsUseCase.GetOrganizationClubsQuery;
import com.padelyzer.bff.application.port.in.OrganizationClubs;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/bff/auth/user-clubs/}: the active clubs of the caller's current organization with their active
 * court counts; {@code organization} is null and {@code clubs} empty without a current organization.
 */
@Tag(name = "Auth context")
@Controller("/api/bff/auth/user-clubs/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class OrganizationClubsController {

    private final GetOrganizationClubsUseCase clubs;
    private final ReadPath path;

    OrganizationClubsController(GetOrganizationClubsUseCase clubs, ReadPath path) {
        this.clubs = clubs;
        this.path = path;
    }

    @Operation(summary = "Active clubs of the current organization with court counts")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganizationClubsBody.class)))
    @CallerReadResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.anyCaller(),
                () -> Optional.of(clubs.getOrganizationClubs(new GetOrganizationClubsQuery(caller.user()))),
                OrganizationClubsBody::of));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrganizationClubsBody(@Schema(nullable = true) OrganizationRef organization, List<CountedClub> clubs, int count) {

        static OrganizationClubsBody of(OrganizationClubs found) {
            OrganizationRef organization = found.current()
                    .map(o -> new OrganizationRef(o.id().toString(), o.tradeName())).orElse(null);
            List<CountedClub> clubs = found.clubs().stream().map(CountedClub::of).toList();
            return new OrganizationClubsBody(organization, clubs, clubs.size());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrganizationRef(String id, String tradeName) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CountedClub(String id, String name, String slug, @Schema(nullable = true) String city, Map<String, String> address, String email,
                       String phone, boolean isActive, int courtsCount) {

        static CountedClub of(ClubWithCourtCount counted) {
            Club club = counted.club();
            return new CountedClub(club.id().toString(), club.name(), club.slug(), club.city(), club.address(),
                    club.email(), club.phone(), club.isActive(), counted.activeCourts());
        }
    }
}
