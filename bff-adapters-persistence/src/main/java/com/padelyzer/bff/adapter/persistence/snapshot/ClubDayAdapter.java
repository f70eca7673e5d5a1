package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link LoadClubDaySnapshotPort} and {@link LoadCourtDaySnapshotPort}, each in one {@link ClubDaySql} statement. The
 * two differ only in which club row binds {@code c}, which reservations and which blocked slots the day holds, so
 * one adapter serves both.
 */
@Singleton
final class ClubDayAdapter implements LoadClubDaySnapshotPort, LoadCourtDaySnapshotPort {

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final ClubDayMapper mapper;

    ClubDayAdapter(SingleRowStatement statement, SnapshotJson json, ClubDayMapper mapper) {
        this.statement = statement;
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Optional<ClubDay> loadClubDay(ClubId club, LocalDate date) {
        return load("club day", selectClubDay(club, date), date);
    }

    @Override
    public Optional<ClubDay> loadCourtDay(CourtId court, LocalDate date) {
        return load("court day", selectCourtDay(court, date), date);
    }

    /**
     * Reservations by (club, date, status), the shape of idx_bff_reservations_availability; blocked slots of the
     * whole club.
     */
    static SqlFragment selectClubDay(ClubId club, LocalDate date) {
        return ClubDaySql.select(date, SqlFragment.of("r.club_id = c.id"), SqlFragment.of("b.club_id = c.id"),
                SqlFragment.of("FROM clubs_club c WHERE c.id = ?", club.value()));
    }

    /**
     * The club day of the court's club (all its courts), with only that court's reservations (court, date, live
     * status: idx_bff_reservations_time_slots) and the blocked slots of that court or the whole club.
     */
    static SqlFragment selectCourtDay(CourtId court, LocalDate date) {
        return ClubDaySql.select(date, SqlFragment.of("r.court_id = asked.id"),
                SqlFragment.of("b.club_id = c.id AND (b.court_id IS NULL OR b.court_id = asked.id)"),
                SqlFragment.of("FROM clubs_court asked JOIN clubs_club c ON c.id = asked.club_id WHERE asked.id = ?",
                        court.value()));
    }

    private Optional<ClubDay> load(String name, SqlFragment select, LocalDate date) {
        return statement.readFirstRow(name, select, row -> row.getString(1))
                .map(text -> mapper.clubDay(json.read(text, ClubDayRow.class), date));
    }
}
