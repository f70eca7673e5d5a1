package com.padelyzer.bff.domain.reservation;

import java.util.Locale;

/** Status of a reservation, as stored ({@code pending}, {@code confirmed}, ...). */
public enum ReservationStatus {
    PENDING, CONFIRMED, COMPLETED, CANCELLED, NO_SHOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReservationStatus fromCode(String code) {
        for (ReservationStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown reservation status: " + code);
    }

    /** Confirmed and completed reservations count for analytics (occupancy, revenue, customers). */
    public boolean isCounted() {
        return this == CONFIRMED || this == COMPLETED;
    }

    /** Pending and confirmed reservations hold their court: the slot is not available. */
    public boolean holdsCourt() {
        return this == PENDING || this == CONFIRMED;
    }
}
