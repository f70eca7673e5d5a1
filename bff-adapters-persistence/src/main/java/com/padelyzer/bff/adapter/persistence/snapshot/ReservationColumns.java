package com.padelyzer.bff.adapter.persistence.snapshot;

/** Positions in the compact reservation arrays that {@link ClubSql#reservations} renders. */
final class ReservationColumns {

    static final int ID = 0;
    static final int COURT_ID = 1;
    static final int CREATED_BY = 2;
    static final int DATE = 3;
    static final int START_TIME = 4;
    static final int END_TIME = 5;
    static final int STATUS = 6;
    static final int IS_ACTIVE = 7;
    static final int PRICE_PER_HOUR = 8;
    static final int TOTAL_PRICE = 9;
    static final int COUNT = 10;

    private ReservationColumns() {
    }
}
