package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Loads one club day in one consistent read: the club, its schedule rows, its courts, the active reservations in
 * status pending or confirmed dated {@code date}, and the active blocked slots of the club overlapping that date
 * (from the day before to the day after is fine; the domain filters exactly). Empty when the club does not exist.
 */
public interface LoadClubDaySnapshotPort {
    Optional<ClubDay> loadClubDay(ClubId club, LocalDate date);
}
