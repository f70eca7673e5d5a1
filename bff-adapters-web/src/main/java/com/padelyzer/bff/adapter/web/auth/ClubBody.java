package com.padelyzer.bff.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubMembership;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Map;
import java.util.TreeMap;

/** One of the user's clubs, in the auth context and at {@code GET /api/clubs/user-clubs/}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClubBody(String id, String name, String description, String slug, String logoUrl, Map<String, String> address,
                @Schema(nullable = true) String city, String email, String phone, String website, boolean isActive, Organization organization,
                Membership membership) {

    static ClubBody of(ClubMembership membership) {
        Club club = membership.club();
        return new ClubBody(club.id().toString(), club.name(), club.description(), club.slug(), club.logoUrl(),
                new TreeMap<>(club.address()), club.city(), club.email(), club.phone(), club.website(),
                club.isActive(), new Organization(membership.organization().id().toString(),
                        membership.organization().tradeName()),
                new Membership(membership.role().code(), IsoText.timestamp(membership.createdAt()),
                        membership.isActive()));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Organization(String id, String tradeName) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Membership(String role, String joinedAt, boolean isActive) {
    }
}
