package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.port.out.LoadClubDaySnapshotPort;
import com.padelyzer.bff.application.port.out.LoadCourtDaySnapshotPort;
import com.padelyzer.bff.domain.availability.ClubDay;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Club days kept in memory; answers by club and date, or by court and date. */
public final class InMemoryClubDays implements LoadClubDaySnapshotPort, LoadCourtDaySnapshotPort {

    private final List<ClubDay> days = new ArrayList<>();

    public InMemoryClubDays with(ClubDay day) {
        days.add(day);
        return this;
    }

    @Override
    public Optional<ClubDay> loadClubDay(ClubId club, LocalDate date) {
        return days.stream().filter(d -> d.club().id().equals(club) && d.date().equals(date)).findFirst();
    }

    @Override
    public Optional<ClubDay> loadCourtDay(CourtId court, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)
                && d.courts().stream().anyMatch(c -> c.id().equals(court))).findFirst();
    }
}
