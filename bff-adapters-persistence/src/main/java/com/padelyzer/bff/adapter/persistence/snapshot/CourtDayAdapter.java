package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.court.CourtId;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link LoadCourtDaySnapshotPort} in one statement: the club day of the court's club (all its courts), with only
 * that court's reservations (court, date, live status: idx_bff_reservations_time_slots) and the blocked slots of
 * that court or the whole club.
 */
@Singleton
final class CourtDayAdapter implements LoadCourtDaySnapshotPort {

    static final String SQL = ClubDaySql.select(
            "r.court_id = asked.id AND r.date = ? AND " + ClubDaySql.HOLDING,
            "b.club_id = c.id AND (b.court_id IS NULL OR b.court_id = asked.id) AND " + ClubDaySql.OVERLAPPING,
            "FROM clubs_court asked JOIN clubs_club c ON c.id = asked.club_id WHERE asked.id = ?");

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final ClubDayMapper mapper;

    CourtDayAdapter(SingleRowStatement statement, SnapshotJson json, ClubDayMapper mapper) {
        this.statement = statement;
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Optional<ClubDay> loadCourtDay(CourtId court, LocalDate date) {
        DayWindow window = DayWindow.around(date);
        return statement.readFirstRow("court day", SQL, List.of(date, window.end(), window.start(), court.value()),
                        row -> row.getString(1))
                .map(text -> mapper.clubDay(json.read(text, ClubDayRow.class), date));
    }
}
