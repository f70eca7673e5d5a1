package com.padelyzer.bff.application.port.in;

/** What a user wants to read of a club; each purpose has its own access rule (SPEC §4). */
public enum ClubAccessPurpose {
    AVAILABILITY, ANALYTICS
}
