package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadClubAnalyticsSnapshotPort;
import com.padelyzer.bff.domain.analytics.ClubAnalyticsSnapshot;
import com.padelyzer.bff.domain.analytics.ClubBookingTotals;
import com.padelyzer.bff.domain.analytics.WindowBookings;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.revenue.RevenueEstimator;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link LoadClubAnalyticsSnapshotPort} in one statement per call. The counted reservations (club, status, date
 * range: idx_bff_reservations_analytics) are a CTE read once. The snapshot renders them as compact arrays with the
 * client profiles of their creators; the totals (what the dashboard reads) sum them per asked window in the
 * statement, so the answer's size does not grow with the bookings (docs/decisions/0020).
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

    /**
     * The counted reservations of club {@code ?} dated from {@code ?} to {@code ?}, each with what the sums need,
     * read as the domain reads it (docs/decisions/0019, {@code Reservation}, {@code RevenueEstimator}): its minutes
     * as {@code Duration.toMinutes} truncates them, a {@code 24:00} end being the last instant of the day (in
     * microseconds: 86,399,999,999); its hourly price its own when not negative, else its court's (a court of its
     * club) when above 0, else 0.
     */
    private static final String SUMMED = """
            WITH summed AS (
              SELECT r.date, r.created_by_id, r.price_per_hour, r.total_price, m.minutes,
                     CASE WHEN r.price_per_hour >= 0 THEN r.price_per_hour
                          WHEN k.price_per_hour > 0 THEN k.price_per_hour ELSE 0 END AS hourly_price
              FROM reservations_reservation r
              LEFT JOIN clubs_court k ON k.id = r.court_id AND k.club_id = r.club_id
              CROSS JOIN LATERAL (
                SELECT (CASE WHEN r.end_time = TIME '24:00' THEN 86399999999
                             ELSE (extract(epoch FROM r.end_time) * 1000000)::bigint END
                        - (extract(epoch FROM r.start_time) * 1000000)::bigint) / 60000000 AS minutes) m
              WHERE r.club_id = ? AND r.status IN ('confirmed', 'completed') AND r.date BETWEEN ? AND ?
                AND r.is_active),
            windows (n, first_day, last_day) AS (VALUES %s)""";

    /**
     * Club {@code c} with the {@code summed} reservations summed per window of {@code windows}, up to its FROM
     * clause. The reservations are summed once per date ({@code days}: count, minutes, total prices above 0,
     * hourly price × minutes of the others) and once per creator ({@code customers}: a bit per window holding one of
     * their dates, {@code %s} the sum of those bits for a reservation); each window adds up its days and counts its customers. New customers need the club's zone, which
     * the domain owns: each window carries the client profiles of its customers created within a day of it (every
     * zone is within a day of UTC), usually about as many as its new customers. One negative price of each kind is
     * returned, to be said once.
     */
    private static final SqlFragment TOTALS = SqlFragment.of("""
            , days AS MATERIALIZED (
              SELECT x.date, count(*) AS reservations, sum(x.minutes) AS minutes,
                     sum(x.total_price) FILTER (WHERE x.total_price > 0) AS full_prices,
                     sum(x.hourly_price * x.minutes) FILTER (WHERE NOT x.total_price > 0) AS price_minutes
              FROM summed x GROUP BY x.date),
            customers AS (
              SELECT x.created_by_id AS user_id, bit_or(%s) AS windows
              FROM summed x WHERE x.created_by_id IS NOT NULL GROUP BY x.created_by_id),
            profiles AS MATERIALIZED (
              SELECT a.windows, p.user_id, p.created_at
              FROM customers a JOIN clients_clientprofile p ON p.user_id = a.user_id
              WHERE p.created_at >= (SELECT min(w.first_day) - 1 FROM windows w)::timestamp AT TIME ZONE 'UTC'
                AND p.created_at < (SELECT max(w.last_day) + 2 FROM windows w)::timestamp AT TIME ZONE 'UTC')
            SELECT json_build_object('club', """ + ClubSql.club("c")
            + ", 'schedule', " + ClubSql.schedule("c")
            + ", 'courts', " + ClubSql.courts("c")
            + """
            , 'windows', (
                SELECT json_agg(json_build_object('firstDay', w.first_day, 'lastDay', w.last_day,
                                  'reservations', s.reservations, 'bookedMinutes', s.booked_minutes,
                                  'fullPrices', s.full_prices::text, 'hourlyPriceMinutes', s.price_minutes::text,
                                  'activeCustomers', (SELECT count(*) FROM customers a
                                                      WHERE a.windows & (1 << w.n) <> 0),
                                  'clientProfiles', coalesce((
                                      SELECT json_agg(json_build_array(p.user_id::text, p.created_at)
                                                      ORDER BY p.user_id)
                                      FROM profiles p
                                      WHERE p.windows & (1 << w.n) <> 0
                                        AND p.created_at >= (w.first_day - 1)::timestamp AT TIME ZONE 'UTC'
                                        AND p.created_at < (w.last_day + 2)::timestamp AT TIME ZONE 'UTC'),
                                    '[]'::json))
                                ORDER BY w.n)
                FROM windows w
                CROSS JOIN LATERAL (
                  SELECT coalesce(sum(d.reservations), 0) AS reservations,
                         coalesce(sum(d.minutes), 0) AS booked_minutes,
                         coalesce(sum(d.full_prices), 0) AS full_prices,
                         coalesce(sum(d.price_minutes), 0) AS price_minutes
                  FROM days d WHERE d.date BETWEEN w.first_day AND w.last_day) s),
              'negativePricePerHour', (SELECT min(x.price_per_hour)::text FROM summed x WHERE x.price_per_hour < 0),
              'negativeTotalPrice', (SELECT min(x.total_price)::text FROM summed x WHERE x.total_price < 0))
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

    @Override
    public Optional<ClubBookingTotals> loadAnalyticsTotals(ClubId club, List<DateWindow> windows) {
        return statement.readFirstRow("club analytics totals", selectTotals(club, windows), row -> row.getString(1))
                .map(text -> totals(json.read(text, ClubBookingTotalsRow.class)));
    }

    static SqlFragment select(ClubId club, DateWindow dates) {
        return counted(club, dates).append(SNAPSHOT).append("FROM clubs_club c WHERE c.id = ?", club.value());
    }

    static SqlFragment selectTotals(ClubId club, List<DateWindow> windows) {
        if (windows.isEmpty() || windows.size() > 30) {
            throw new IllegalArgumentException("totals take 1 to 30 windows (a bit each), got " + windows.size());
        }
        LocalDate start = windows.stream().map(DateWindow::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = windows.stream().map(DateWindow::end).max(LocalDate::compareTo).orElseThrow();
        SqlFragment values = SqlFragment.of("");
        SqlFragment bits = SqlFragment.of("");
        for (int i = 0; i < windows.size(); i++) {
            DateWindow window = windows.get(i);
            values = values.append((i == 0 ? "" : ", ") + "(" + i + ", ?::date, ?::date)", window.start(), window.end());
            bits = bits.append((i == 0 ? "" : " | ") + "CASE WHEN x.date BETWEEN ?::date AND ?::date THEN " + (1 << i)
                    + " ELSE 0 END", window.start(), window.end());
        }
        return SqlFragment.of(SUMMED, club.value(), start, end).formatted(values)
                .append(TOTALS.formatted(bits)).append("FROM clubs_club c WHERE c.id = ?", club.value());
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

    private ClubBookingTotals totals(ClubBookingTotalsRow row) {
        bookings.negativePrices(row.negativePricePerHour(), row.negativeTotalPrice());
        return new ClubBookingTotals(clubs.club(row.club()), clubs.schedule(row.club(), row.schedule()),
                clubs.courts(row.courts()), row.windows().stream().map(ClubAnalyticsAdapter::bookings).toList());
    }

    private static WindowBookings bookings(ClubBookingTotalsRow.Window window) {
        return new WindowBookings(
                new DateWindow(TextValues.date(window.firstDay()), TextValues.date(window.lastDay())),
                window.reservations(), window.bookedMinutes(),
                new RevenueEstimator.Sums(TextValues.decimal(window.fullPrices()),
                        TextValues.decimal(window.hourlyPriceMinutes())),
                window.activeCustomers(), BookingMapper.clientProfiles(window.clientProfiles()));
    }
}
