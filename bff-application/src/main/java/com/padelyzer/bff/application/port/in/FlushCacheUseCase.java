package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The management flush (SPEC §7): drops kept answers by type, narrowed to one club or one user. */
public interface FlushCacheUseCase {

    /** Returns how many entries went. */
    long flushCache(FlushCacheCommand command);

    /**
     * What to flush: {@code all}, {@code dashboard}, {@code availability}, {@code auth} (auth contexts) or
     * {@code permissions} (user permissions and the caller check's values: a user's access and live tokens, a
     * club's tenancy).
     */
    enum FlushTarget {
        ALL, DASHBOARD, AVAILABILITY, AUTH, PERMISSIONS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The target named {@code code}; empty for an unknown one. */
        public static Optional<FlushTarget> fromCode(String code) {
            for (FlushTarget target : values()) {
                if (target.code().equals(code)) {
                    return Optional.of(target);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A flush that can match something: a key belongs to a club or to a user, never both, so naming both is
     * refused; dashboards and availability belong to clubs (no {@code user}), auth contexts to users (no
     * {@code club}).
     */
    record FlushCacheCommand(FlushTarget target, Optional<ClubId> club, Optional<UserId> user) {
        public FlushCacheCommand {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(user, "user");
            if (club.isPresent() && user.isPresent()) {
                throw new IllegalArgumentException("club_id and user_id cannot be combined: no entry belongs to "
                        + "both a club and a user");
            }
            if (user.isPresent() && (target == FlushTarget.DASHBOARD || target == FlushTarget.AVAILABILITY)) {
                throw new IllegalArgumentException(target.code() + " entries belong to clubs, not users: "
                        + "use club_id, or type auth, permissions or all with user_id");
            }
            if (club.isPresent() && target == FlushTarget.AUTH) {
                throw new IllegalArgumentException("auth entries belong to users, not clubs: use user_id, or type "
                        + "dashboard, availability, permissions or all with club_id");
            }
        }
    }
}
