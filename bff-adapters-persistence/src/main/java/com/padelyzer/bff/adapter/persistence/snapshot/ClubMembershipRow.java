package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

/** A {@code clubs_clubmembership} row with its club and the club's organization. */
@Serdeable
record ClubMembershipRow(String role, String createdAt, boolean isActive, ClubRow club,
                         OrganizationRow organization) {
}
