package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Admits a request whose token signature and expiry are already verified: the user must exist and be active, the
 * token must not be blacklisted, and, for a club read, the user must be allowed that club for that purpose
 * (SPEC §4). Runs before any cache read, in one read of the database.
 */
public interface AuthorizeRequestUseCase {

    Authorization authorizeRequest(AuthorizeRequestQuery query);

    /**
     * {@code purpose} is set for a club read, with exactly one of {@code club} (the club asked for) and {@code court}
     * (a court whose club is asked for, the legacy single check); all three are null otherwise.
     */
    record AuthorizeRequestQuery(UserId user, String tokenId, ClubId club, CourtId court, ClubAccessPurpose purpose) {
        public AuthorizeRequestQuery {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(tokenId, "tokenId");
            if ((purpose != null) != (club != null ^ court != null) || (club != null && court != null)) {
                throw new IllegalArgumentException("a club read names the purpose and either the club or a court");
            }
        }

        public static AuthorizeRequestQuery forCaller(UserId user, String tokenId) {
            return new AuthorizeRequestQuery(user, tokenId, null, null, null);
        }

        public static AuthorizeRequestQuery forClub(UserId user, String tokenId, ClubId club, ClubAccessPurpose purpose) {
            return new AuthorizeRequestQuery(user, tokenId, Objects.requireNonNull(club, "club"), null,
                    Objects.requireNonNull(purpose, "purpose"));
        }

        /** A read of the club of {@code court}: an unknown court is denied as an unknown club is. */
        public static AuthorizeRequestQuery forCourtsClub(UserId user, String tokenId, CourtId court,
                                                          ClubAccessPurpose purpose) {
            return new AuthorizeRequestQuery(user, tokenId, null, Objects.requireNonNull(court, "court"),
                    Objects.requireNonNull(purpose, "purpose"));
        }

        public Optional<ClubId> clubToRead() {
            return Optional.ofNullable(club);
        }

        public Optional<CourtId> courtToRead() {
            return Optional.ofNullable(court);
        }
    }

    /** The verdict on a request's caller, decided before any cache is asked. */
    sealed interface Authorization {

        /** No such user, an inactive user, or a blacklisted token: 401. The reason is for logs, never for responses. */
        record Unauthenticated(String reason) implements Authorization {
            public Unauthenticated {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** The club is unknown, or the caller may not read it for this purpose: the same 404 either way. */
        record ClubDenied() implements Authorization {
        }

        /**
         * The caller may go on; {@code access} is what was loaded to decide it, {@code club} the asked-for club on
         * record (null for a read of no club).
         */
        record Admitted(UserAccess access, ClubOnRecord club) implements Authorization {
            public Admitted {
                Objects.requireNonNull(access, "access");
            }

            public Admitted(UserAccess access) {
                this(access, null);
            }

            public Optional<ClubOnRecord> clubOnRecord() {
                return Optional.ofNullable(club);
            }

            /** The asked-for club's time zone (its local date keys the dashboard). */
            public Optional<ZoneId> clubZone() {
                return clubOnRecord().map(ClubOnRecord::zone);
            }

            /** Staff and superusers may use the management endpoints (SPEC §4). */
            public boolean mayManage() {
                return access.user().isStaff() || access.user().isSuperuser();
            }
        }
    }
}
