package com.padelyzer.bff.adapter.persistence.snapshot;

/**
 * The club-day statement shared by {@link ClubDayAdapter} and {@link CourtDayAdapter}: one row holding the club
 * {@code c}, its active schedule rows, all its courts, the reservations and the active blocked slots as one JSON
 * document ({@link ClubDayRow}). Callers give the filters and the FROM clause that binds {@code c}.
 */
final class ClubDaySql {

    /** Reservations that hold a court; the domain filters again, but a day board never needs others. */
    static final String HOLDING = "r.status IN ('pending', 'confirmed') AND r.is_active";

    /** Blocked slots overlapping the instants {@code [?, ?)} given as (window end, window start). */
    static final String OVERLAPPING = "b.start_datetime < ? AND b.end_datetime > ?";

    private ClubDaySql() {
    }

    static String select(String reservationsWhere, String blockedSlotsWhere, String fromBindingClub) {
        return "SELECT json_build_object('club', " + ClubSql.club("c")
                + ", 'schedule', " + ClubSql.schedule("c")
                + ", 'courts', " + ClubSql.courts("c")
                + ", 'reservations', " + ClubSql.reservations("reservations_reservation", reservationsWhere)
                + ", 'blockedSlots', " + ClubSql.blockedSlots(blockedSlotsWhere)
                + ") " + fromBindingClub;
    }
}
