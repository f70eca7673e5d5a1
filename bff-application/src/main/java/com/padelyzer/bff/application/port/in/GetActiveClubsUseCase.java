package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The active clubs to warm the cache for (SPEC §6): the asked ones that exist and are active, or every active club
 * when none is asked; each with its zone (its local "today" and "tomorrow" are the dates to warm). Does not
 * authorize: the management API admits staff first.
 */
public interface GetActiveClubsUseCase {

    /** The most clubs one warm-up covers. */
    int MAX_CLUBS = 1_000;

    List<ActiveClub> getActiveClubs(GetActiveClubsQuery query);

    /** {@code only} empty: every active club (at most {@link #MAX_CLUBS}). */
    record GetActiveClubsQuery(Set<ClubId> only) {
        public GetActiveClubsQuery {
            only = Set.copyOf(Objects.requireNonNull(only, "only"));
            if (only.size() > MAX_CLUBS) {
                throw new IllegalArgumentException("at most " + MAX_CLUBS + " clubs, got " + only.size());
            }
        }
    }

    record ActiveClub(ClubId id, ZoneId zone) {
        public ActiveClub {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(zone, "zone");
        }
    }
}
