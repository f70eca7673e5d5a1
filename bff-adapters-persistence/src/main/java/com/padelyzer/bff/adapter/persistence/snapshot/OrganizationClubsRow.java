package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The active clubs of one organization, each with its active court count, as one JSON document. */
@Serdeable
record OrganizationClubsRow(List<CountedClub> clubs) {

    @Serdeable
    record CountedClub(ClubRow club, int activeCourts) {
    }
}
