package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A user with all their organization and club memberships, active or not. */
@Serdeable
record UserAccessRow(UserRow user, List<OrganizationMembershipRow> organizationMemberships,
                     List<ClubMembershipRow> clubMemberships) {
}
