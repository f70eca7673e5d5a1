package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link LoadClubDaySnapshotPort} in one statement. Reservations go by (club, date, status), the shape of
 * idx_bff_reservations_availability; blocked slots of the whole club overlapping {@link DayWindow}.
 */
@Singleton
final class ClubDayAdapter implements LoadClubDaySnapshotPort {

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
        return statement.readFirstRow("club day", select(club, date), row -> row.getString(1))
                .map(text -> mapper.clubDay(json.read(text, ClubDayRow.class), date));
    }

    static SqlFragment select(ClubId club, LocalDate date) {
        return ClubDaySql.select(date, SqlFragment.of("r.club_id = c.id"), SqlFragment.of("b.club_id = c.id"),
                SqlFragment.of("FROM clubs_club c WHERE c.id = ?", club.value()));
    }
}
