package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.slot.SlotLength;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk availability of a club's courts on one date (SPEC §5.3). Does not authorize: callers run
 * {@link AuthorizeRequestUseCase} with {@link ClubAccessPurpose#AVAILABILITY} first. Empty when the club does not exist.
 */
public interface GetBulkAvailabilityUseCase {

    Optional<BulkAvailability> getBulkAvailability(GetBulkAvailabilityQuery query);

    /** {@code courts} empty means all courts; at most {@value #MAX_COURTS}; ids of other clubs are ignored. */
    record GetBulkAvailabilityQuery(ClubId club, LocalDate date, Set<CourtId> courts, SlotLength slotLength) {
        public static final int MAX_COURTS = 100;

        public GetBulkAvailabilityQuery {
            Objects.requireNonNull(club, "club");
            Objects.requireNonNull(date, "date");
            courts = Set.copyOf(Objects.requireNonNull(courts, "courts"));
            Objects.requireNonNull(slotLength, "slotLength");
            if (courts.size() > MAX_COURTS) {
                throw new IllegalArgumentException("at most " + MAX_COURTS + " courts, got " + courts.size());
            }
        }
    }
}
