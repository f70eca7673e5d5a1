package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.ClubId;

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

    record Staff() implements Access {
    }
}
