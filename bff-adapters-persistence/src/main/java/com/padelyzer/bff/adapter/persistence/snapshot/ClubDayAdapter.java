package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link LoadClubDaySnapshotPort} in one statement. Reservations go by (club, date, status), the shape of
 * idx_bff_reservations_availability; blocked slots of the whole club overlapping {@link DayWindow}.
 */
@Singleton
final class ClubDayAdapter implements LoadClubDaySnapshotPort {

    static final String SQL = ClubDaySql.select(
            "r.club_id = c.id AND r.date = ? AND " + ClubDaySql.HOLDING,
            "b.club_id = c.id AND " + ClubDaySql.OVERLAPPING,
            "FROM clubs_club c WHERE c.id = ?");

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
        DayWindow window = DayWindow.around(date);
        return statement.readFirstRow("club day", SQL, List.of(date, window.end(), window.start(), club.value()),
                        row -> row.getString(1))
                .map(text -> mapper.clubDay(json.read(text, ClubDayRow.class), date));
    }
}
