package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.analytics.ClubBookingTotals;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.DateWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loads a club's dashboard data in one consistent read. Empty when the club does not exist.
 */
public interface LoadClubAnalyticsSnapshotPort {

    /**
     * The club, its active schedule rows, its courts, its counted reservations (status confirmed or completed,
     * active) dated within {@code dates}, and the client profiles of those reservations' creators.
     */
    Optional<ClubAnalyticsSnapshot> loadAnalyticsSnapshot(ClubId club, DateWindow dates);

    /**
     * The club, its active schedule rows, its courts and, for each of {@code windows}, its counted reservations
     * summed ({@link ClubBookingTotals}): what the dashboard reads. By default the snapshot of the dates the windows
     * span, summed in memory; an adapter that can sum where the reservations are should.
     */
    default Optional<ClubBookingTotals> loadAnalyticsTotals(ClubId club, List<DateWindow> windows) {
        LocalDate start = windows.stream().map(DateWindow::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = windows.stream().map(DateWindow::end).max(LocalDate::compareTo).orElseThrow();
        return loadAnalyticsSnapshot(club, new DateWindow(start, end))
                .map(snapshot -> ClubBookingTotals.of(snapshot, windows));
    }
}
