package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.domain.organization.OrganizationId;

import java.util.List;

/** The active clubs of an organization, each with its active court count, by name; one read. */
public interface LoadOrganizationClubsPort {
    List<ClubWithCourtCount> loadActiveClubs(OrganizationId organization);
}
