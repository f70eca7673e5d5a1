package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.court.CourtId;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link LoadCourtDaySnapshotPort} in one statement: the club day of the court's club (all its courts), with only
 * that court's reservations (court, date, live status: idx_bff_reservations_time_slots) and the blocked slots of
 * that court or the whole club.
 */
@Singleton
final class CourtDayAdapter implements LoadCourtDaySnapshotPort {

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
        return statement.readFirstRow("court day", select(court, date), row -> row.getString(1))
                .map(text -> mapper.clubDay(json.read(text, ClubDayRow.class), date));
    }

    static SqlFragment select(CourtId court, LocalDate date) {
        return ClubDaySql.select(date, SqlFragment.of("r.court_id = asked.id"),
                SqlFragment.of("b.club_id = c.id AND (b.court_id IS NULL OR b.court_id = asked.id)"),
                SqlFragment.of("FROM clubs_court asked JOIN clubs_club c ON c.id = asked.club_id WHERE asked.id = ?",
                        court.value()));
    }
}
