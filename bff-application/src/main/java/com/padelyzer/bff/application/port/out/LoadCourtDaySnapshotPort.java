package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.court.CourtId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Loads the club day (as {@link LoadClubDaySnapshotPort}) of the club owning {@code court}; the reservations and
 * blocks may be limited to that court and the whole club. Empty when the court does not exist.
 */
public interface LoadCourtDaySnapshotPort {
    Optional<ClubDay> loadCourtDay(CourtId court, LocalDate date);
}
