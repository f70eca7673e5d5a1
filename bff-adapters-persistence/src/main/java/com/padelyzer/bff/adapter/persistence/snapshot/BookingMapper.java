package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.customer.ClientProfile;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.reservation.ReservationStatus;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.slot.TimeSlot;
import com.padelyzer.bff.domain.user.UserId;

import java.util.List;
import java.util.UUID;

/** Maps the compact reservation and client-profile arrays, and blocked-slot rows, to domain records. */
final class BookingMapper {

    private BookingMapper() {
    }

    static List<Reservation> reservations(ClubId club, List<List<String>> rows) {
        return rows.stream().map(row -> reservation(club, row)).toList();
    }

    static List<BlockedSlot> blockedSlots(ClubId club, List<BlockedSlotRow> rows) {
        return rows.stream()
                .map(row -> new BlockedSlot(club, row.courtId() == null ? null : new CourtId(row.courtId()),
                        new TimeSlot(TextValues.instant(row.start()), TextValues.instant(row.end())),
                        row.reason(), row.isActive()))
                .toList();
    }

    /** {@code [user_id, created_at]} pairs. */
    static List<ClientProfile> clientProfiles(List<List<String>> rows) {
        return rows.stream()
                .map(row -> new ClientProfile(new UserId(Long.parseLong(row.get(0))), TextValues.instant(row.get(1))))
                .toList();
    }

    private static Reservation reservation(ClubId club, List<String> row) {
        if (row.size() != ReservationColumns.COUNT) {
            throw new IllegalStateException("a reservation array has " + ReservationColumns.COUNT
                    + " columns, got " + row.size());
        }
        String creator = row.get(ReservationColumns.CREATED_BY);
        return new Reservation(
                new ReservationId(UUID.fromString(row.get(ReservationColumns.ID))),
                club,
                new CourtId(UUID.fromString(row.get(ReservationColumns.COURT_ID))),
                creator == null ? null : new UserId(Long.parseLong(creator)),
                TextValues.date(row.get(ReservationColumns.DATE)),
                TextValues.time(row.get(ReservationColumns.START_TIME)),
                TextValues.time(row.get(ReservationColumns.END_TIME)),
                ReservationStatus.fromCode(row.get(ReservationColumns.STATUS)),
                Boolean.parseBoolean(row.get(ReservationColumns.IS_ACTIVE)),
                TextValues.decimalOrNull(row.get(ReservationColumns.PRICE_PER_HOUR)),
                TextValues.decimal(row.get(ReservationColumns.TOTAL_PRICE)));
    }
}
