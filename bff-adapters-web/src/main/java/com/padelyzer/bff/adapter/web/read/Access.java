package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;

import java.util.Objects;

/** Which rule admits a read's caller (SPEC §4), decided before any cache is asked. */
public sealed interface Access {

    /** Any active caller with a live token; 401 otherwise. */
    static Access anyCaller() {
        return new AnyCaller();
    }

    /** A caller allowed {@code club} for {@code purpose}; the same 404 for an unknown, foreign or malformed club. */
    static Access club(ClubId club, ClubAccessPurpose purpose) {
        return new ClubReader(club, purpose);
    }

    /**
     * A caller allowed the club of {@code court} for {@code purpose}, decided by the caller check itself (the legacy
     * single check): the same 404 for an unknown court and a court of a club the caller may not read.
     */
    static Access courtsClub(CourtId court, ClubAccessPurpose purpose) {
        return new CourtsClubReader(court, purpose);
    }

    /** A staff or superuser caller (management); 403 for anyone else. */
    static Access staff() {
        return new Staff();
    }

    record AnyCaller() implements Access {
    }

    record ClubReader(ClubId club, ClubAccessPurpose purpose) implements Access {
        public ClubReader {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    record CourtsClubReader(CourtId court, ClubAccessPurpose purpose) implements Access {
        public CourtsClubReader {
            Objects.requireNonNull(court, "court");
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    record Staff() implements Access {
    }
}
