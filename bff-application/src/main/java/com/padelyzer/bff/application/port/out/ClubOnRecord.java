package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubTenancy;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the caller check learns about an asked-for club: its tenancy (for the access rules) and its time zone (the
 * club-local date a dashboard's windows end on, part of the dashboard's cache key).
 */
public record ClubOnRecord(ClubTenancy tenancy, ZoneId zone) {
    public ClubOnRecord {
        Objects.requireNonNull(tenancy, "tenancy");
        Objects.requireNonNull(zone, "zone");
    }
}
