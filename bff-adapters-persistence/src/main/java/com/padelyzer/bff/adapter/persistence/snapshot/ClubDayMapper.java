package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.Club;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/** Maps a {@link ClubDayRow} to the domain's {@link ClubDay}. */
@Singleton
final class ClubDayMapper {

    private final ClubMapper clubs;
    private final BookingMapper bookings;

    ClubDayMapper(ClubMapper clubs, BookingMapper bookings) {
        this.clubs = clubs;
        this.bookings = bookings;
    }

    ClubDay clubDay(ClubDayRow row, LocalDate date) {
        Club club = clubs.club(row.club());
        return new ClubDay(club, date, clubs.schedule(row.club(), row.schedule()), clubs.courts(row.courts()),
                bookings.reservations(club.id(), row.reservations()),
                bookings.blockedSlots(club.id(), row.blockedSlots()));
    }
}
