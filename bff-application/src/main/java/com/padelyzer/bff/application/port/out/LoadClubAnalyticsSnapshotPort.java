package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.DateWindow;
import java.util.Optional;

/**
 * Loads a club's dashboard snapshot in one consistent read: the club, its active schedule rows, its courts, its
 * counted reservations (status confirmed or completed, active) dated within {@code dates}, and the client profiles
 * of those reservations' creators. Empty when the club does not exist.
 */
public interface LoadClubAnalyticsSnapshotPort {
    Optional<ClubAnalyticsSnapshot> loadAnalyticsSnapshot(ClubId club, DateWindow dates);
}
