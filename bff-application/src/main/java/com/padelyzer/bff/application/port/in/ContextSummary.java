package com.padelyzer.bff.application.port.in;

/** The {@code context} block; {@code primaryRole} (role in the current organization) may be {@code null}. */
public record ContextSummary(boolean hasOrganization, boolean hasClubs, int organizationCount, int clubCount,
                             boolean isMultiOrg, String primaryRole) {
    public ContextSummary {
        if (organizationCount < 0 || clubCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
