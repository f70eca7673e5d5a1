package com.padelyzer.bff.domain.club;

import java.util.Objects;

/** A club with the number of its active courts. */
public record ClubWithCourtCount(Club club, int activeCourts) {
    public ClubWithCourtCount {
        Objects.requireNonNull(club, "club");
        if (activeCourts < 0) {
            throw new IllegalArgumentException("a court count is never negative");
        }
    }
}
