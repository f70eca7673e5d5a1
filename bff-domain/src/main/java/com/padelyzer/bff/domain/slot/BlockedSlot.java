package com.padelyzer.bff.domain.slot;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import java.util.Objects;
import java.util.Optional;

/** A period in which a court, or the whole club when {@code courtId} is {@code null}, cannot be booked. */
public record BlockedSlot(ClubId clubId, CourtId courtId, TimeSlot span, String reason, boolean isActive) {
    public BlockedSlot {
        Objects.requireNonNull(clubId, "clubId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<CourtId> court() {
        return Optional.ofNullable(courtId);
    }

    /** Active and either for the whole club or for this court. */
    public boolean blocks(CourtId court) {
        return isActive && (courtId == null || courtId.equals(court));
    }
}
