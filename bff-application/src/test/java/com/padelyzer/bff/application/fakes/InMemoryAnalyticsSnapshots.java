package com.padelyzer.bff.application.fakes;

import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.DateWindow;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard snapshots in memory. Like a real adapter it returns only the reservations dated inside the requested
 * dates, and it remembers the last requested dates.
 */
public final class InMemoryAnalyticsSnapshots implements LoadClubAnalyticsSnapshotPort {

    private final Map<ClubId, ClubAnalyticsSnapshot> snapshots = new HashMap<>();
    private DateWindow lastRequested;

    public InMemoryAnalyticsSnapshots with(ClubAnalyticsSnapshot snapshot) {
        snapshots.put(snapshot.club().id(), snapshot);
        return this;
    }

    public DateWindow lastRequested() {
        return lastRequested;
    }

    @Override
    public Optional<ClubAnalyticsSnapshot> loadAnalyticsSnapshot(ClubId club, DateWindow dates) {
        lastRequested = dates;
        return Optional.ofNullable(snapshots.get(club)).map(s -> new ClubAnalyticsSnapshot(s.club(), s.schedule(),
                s.courts(), s.reservations().stream().filter(r -> dates.contains(r.date())).toList(),
                s.clientProfiles()));
    }
}
