package com.padelyzer.bff.application.cache;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import java.time.LocalDate;
import java.util.Objects;

/** A change in the data the cached answers depend on, as the database notifies it. */
public sealed interface DataChange {

    /** A reservation of {@code club} dated {@code date} was written. */
    record ReservationChanged(ClubId club, LocalDate date) implements DataChange {
        public ReservationChanged {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A blocked slot of {@code club} touching the club-local dates {@code from} to {@code to} was written. */
    record BlockedSlotChanged(ClubId club, LocalDate from, LocalDate to) implements DataChange {
        public BlockedSlotChanged {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from) || from.plusDays(31).isBefore(to)) {
                throw new IllegalArgumentException("a block spans 1 to 32 dates; flush the club for longer ones");
            }
        }
    }

    /** A user, or one of their organization or club memberships, changed. */
    record UserChanged(UserId user) implements DataChange {
        public UserChanged {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The club itself, one of its courts or its schedule changed. */
    record ClubChanged(ClubId club) implements DataChange {
        public ClubChanged {
            Objects.requireNonNull(club, "club");
        }
    }

    /**
     * A change whose users are not named: an organization (its names appear in every member's auth context), a
     * club with more members than a notification carries, or a blacklisted token without a user id.
     */
    record EveryUserChanged() implements DataChange {
    }

    /** A client profile changed: {@code new_customers} of any club a client booked at may move. */
    record EveryDashboardChanged() implements DataChange {
    }

    /** Changes may have been missed (the listener was disconnected): nothing kept can be trusted. */
    record EverythingChanged() implements DataChange {
    }
}
