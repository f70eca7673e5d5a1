package com.padelyzer.bff.adapter.persistence.snapshot;

import io.micronaut.serde.annotation.Serdeable;

/** An {@code authentication_organizationmembership} row with its organization. */
@Serdeable
record OrganizationMembershipRow(String role, String joinedAt, boolean isActive, OrganizationRow organization) {
}
