package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.DateWindow;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * {@link LoadClubAnalyticsSnapshotPort} in one statement. The counted reservations (club, status, date range:
 * idx_bff_reservations_analytics) are a CTE read once, rendered as compact arrays and used again for the client
 * profiles of their creators.
 */
@Singleton
final class ClubAnalyticsAdapter implements LoadClubAnalyticsSnapshotPort {

    /** The snapshot of club {@code c} over the {@code counted} reservations, up to its FROM clause. */
    private static final SqlFragment SNAPSHOT = SqlFragment.of("SELECT json_build_object('club', " + ClubSql.club("c")
                    + ", 'schedule', " + ClubSql.schedule("c")
                    + ", 'courts', " + ClubSql.courts("c")
                    + ", 'reservations', ")
            .append(ClubSql.unorderedReservations("counted", SqlFragment.of("true")))
            .append("""
                    , 'clientProfiles', coalesce((SELECT json_agg(json_build_array(p.user_id::text, p.created_at)
                                                                  ORDER BY p.user_id)
                                                  FROM clients_clientprofile p
                                                  WHERE p.user_id IN (SELECT created_by_id FROM counted)), '[]'::json))
                    """);

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final ClubMapper clubs;
    private final BookingMapper bookings;

    ClubAnalyticsAdapter(SingleRowStatement statement, SnapshotJson json, ClubMapper clubs, BookingMapper bookings) {
        this.statement = statement;
        this.json = json;
        this.clubs = clubs;
        this.bookings = bookings;
    }

    @Override
    public Optional<ClubAnalyticsSnapshot> loadAnalyticsSnapshot(ClubId club, DateWindow dates) {
        return statement.readFirstRow("club analytics", select(club, dates), row -> row.getString(1))
                .map(text -> snapshot(json.read(text, ClubAnalyticsRow.class)));
    }

    static SqlFragment select(ClubId club, DateWindow dates) {
        return counted(club, dates).append(SNAPSHOT).append("FROM clubs_club c WHERE c.id = ?", club.value());
    }

    private static SqlFragment counted(ClubId club, DateWindow dates) {
        return SqlFragment.of("""
                WITH counted AS (
                  SELECT r.id, r.court_id, r.created_by_id, r.date, r.start_time, r.end_time, r.status, r.is_active,
                         r.price_per_hour, r.total_price
                  FROM reservations_reservation r
                  WHERE r.club_id = ? AND r.status IN ('confirmed', 'completed') AND r.date BETWEEN ? AND ?
                    AND r.is_active)
                """, club.value(), dates.start(), dates.end());
    }

    private ClubAnalyticsSnapshot snapshot(ClubAnalyticsRow row) {
        Club club = clubs.club(row.club());
        return new ClubAnalyticsSnapshot(club, clubs.schedule(row.club(), row.schedule()), clubs.courts(row.courts()),
                bookings.reservations(club.id(), row.reservations()),
                BookingMapper.clientProfiles(row.clientProfiles()));
    }
}
