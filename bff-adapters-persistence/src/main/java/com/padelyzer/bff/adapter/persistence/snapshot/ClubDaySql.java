package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;

import java.time.LocalDate;

/**
 * The statement of both club-day ports of {@link ClubDayAdapter}: one row holding the club {@code c}, its active
 * schedule rows, all its courts, the reservations holding a court on the date and the active blocked slots around it
 * as one JSON document ({@link ClubDayRow}). Callers say which reservations and which blocked slots, and give the
 * FROM clause that binds {@code c}.
 */
final class ClubDaySql {

    private static final String CLUB_SCHEDULE_COURTS = "SELECT json_build_object('club', " + ClubSql.club("c")
            + ", 'schedule', " + ClubSql.schedule("c")
            + ", 'courts', " + ClubSql.courts("c");

    private ClubDaySql() {
    }

    static SqlFragment select(LocalDate date, SqlFragment reservationsOf, SqlFragment blockedSlotsOf,
                              SqlFragment fromBindingClub) {
        SqlFragment reservations = ClubSql.reservations("reservations_reservation",
                reservationsOf.append(holdingACourtOn(date)));
        SqlFragment blockedSlots = ClubSql.blockedSlots(blockedSlotsOf.append(overlapping(DayWindow.around(date))));
        return SqlFragment.of(CLUB_SCHEDULE_COURTS + ", 'reservations', ").append(reservations)
                .append(", 'blockedSlots', ").append(blockedSlots)
                .append(") ").append(fromBindingClub);
    }

    /** The domain filters the statuses again, but a day board never needs reservations that hold no court. */
    private static SqlFragment holdingACourtOn(LocalDate date) {
        return SqlFragment.of(" AND r.date = ? AND r.status IN ('pending', 'confirmed') AND r.is_active", date);
    }

    private static SqlFragment overlapping(DayWindow window) {
        return SqlFragment.of(" AND b.start_datetime < ? AND b.end_datetime > ?", window.end(), window.start());
    }
}
