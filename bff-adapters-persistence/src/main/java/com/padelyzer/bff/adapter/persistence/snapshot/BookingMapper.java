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
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Maps the compact reservation and client-profile arrays, and blocked-slot rows, to domain records. A negative
 * reservation price is no price (docs/decisions/0019): a negative {@code price_per_hour} is read as none (the
 * court's applies) and a negative {@code total_price} as 0, each said once by {@link UnexpectedValues}. Infinite
 * timestamps are clamped by {@link TextValues#instant}: a blocked slot from {@code -infinity} or to
 * {@code infinity} blocks every date on that side.
 */
@Singleton
final class BookingMapper {

    private final UnexpectedValues unexpected;

    BookingMapper(UnexpectedValues unexpected) {
        this.unexpected = unexpected;
    }

    List<Reservation> reservations(ClubId club, List<List<String>> rows) {
        return rows.stream().map(row -> reservation(club, row)).toList();
    }

    List<BlockedSlot> blockedSlots(ClubId club, List<BlockedSlotRow> rows) {
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

    private Reservation reservation(ClubId club, List<String> row) {
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
                ownPrice(row.get(ReservationColumns.PRICE_PER_HOUR)),
                totalPrice(row.get(ReservationColumns.TOTAL_PRICE)));
    }

    /**
     * Says once the negative prices met among reservations summed in SQL, which reads them as {@link #ownPrice} and
     * {@link #totalPrice} do; either may be null.
     */
    void negativePrices(String pricePerHour, String totalPrice) {
        if (pricePerHour != null) {
            ownPrice(pricePerHour);
        }
        if (totalPrice != null) {
            totalPrice(totalPrice);
        }
    }

    private BigDecimal ownPrice(String text) {
        BigDecimal price = TextValues.decimalOrNull(text);
        if (price == null || price.signum() >= 0) {
            return price;
        }
        unexpected.met("reservations_reservation.price_per_hour", text, "read as no price (the court's applies)");
        return null;
    }

    private BigDecimal totalPrice(String text) {
        BigDecimal total = TextValues.decimal(text);
        if (total.signum() >= 0) {
            return total;
        }
        unexpected.met("reservations_reservation.total_price", text, "read as 0 (revenue by the hourly price)");
        return BigDecimal.ZERO.setScale(total.scale());
    }
}
