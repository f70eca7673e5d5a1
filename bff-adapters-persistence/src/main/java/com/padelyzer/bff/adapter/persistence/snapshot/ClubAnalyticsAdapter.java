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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoadClubAnalyticsSnapshotPort} in one statement per call. The snapshot reads the counted reservations (club,
 * status, date range: idx_bff_reservations_analytics) and renders them as compact arrays with the client profiles
 * of their creators. The totals (what the dashboard reads) come from the rollups the database keeps of those
 * reservations (V8: day sums, customers' booked dates), so neither the statement's work nor the answer grows with
 * the bookings (docs/decisions/0020, 0022).
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
     * Club {@code c} with its counted reservations summed per window of {@code windows} ({@code %s}: the VALUES), up
     * to its FROM clause, from the rollups the database keeps (V8, docs/decisions/0022): the day sums of the span
     * ({@code ?} club, first and last date), folded once per court into the segments the windows' edges cut the span
     * into ({@code width_bucket}), each window adding up its segments; the court-priced minutes priced by the court's
     * price now (a court of another club prices nothing, as in {@code RevenueEstimator}), joined after folding; the
     * club's customers whose dates meet the span ({@code ?} club, first and last date), each with a bit per window
     * their dates meet and their client profile's creation (kept on the customer's row by V10, docs/decisions/0025),
     * and counted once per window.
     * New customers need the club's zone, which the domain owns: a window counts the profiles created more than a
     * day inside both its ends in UTC (new in every zone, {@code CustomerCounter.surelyInside}) and carries those
     * created within a day of either end; those instants are computed once per window, not per customer. One
     * negative price of each kind is returned, to be said once.
     */
    private static final String TOTALS = """
            WITH windows AS (
              SELECT v.n, v.first_day, v.last_day,
                     (v.first_day - 1)::timestamp AT TIME ZONE 'UTC' AS near_from,
                     (v.first_day + 1)::timestamp AT TIME ZONE 'UTC' AS inside_from,
                     v.last_day::timestamp AT TIME ZONE 'UTC' AS inside_to,
                     (v.last_day + 2)::timestamp AT TIME ZONE 'UTC' AS near_to
              FROM (VALUES %s) v (n, first_day, last_day)),
            edges AS (
              SELECT array_agg(e.day ORDER BY e.day) AS starts
              FROM (SELECT w.first_day FROM windows w UNION SELECT w.last_day + 1 FROM windows w) e (day)),
            segments AS MATERIALIZED (
              SELECT width_bucket(s.date, (SELECT e.starts FROM edges e)) AS segment, s.court_id,
                     sum(s.reservations) AS reservations, sum(s.minutes) AS minutes,
                     sum(s.full_prices) AS full_prices, sum(s.hourly_price_minutes) AS hourly_price_minutes,
                     min(s.negative_price_per_hour) AS negative_price_per_hour,
                     min(s.negative_total_price) AS negative_total_price
              FROM bff_reservation_day_sums s
              WHERE s.club_id = ? AND s.date BETWEEN ? AND ?
              GROUP BY 1, 2),
            customers AS MATERIALIZED (
              SELECT a.user_id, %s AS windows, a.profile_created_at AS created_at
              FROM bff_club_customers a
              WHERE a.club_id = ? AND a.booked_days && daterange(?::date, ?::date, '[]'))
            SELECT json_build_object('club', %s, 'schedule', %s, 'courts', %s,
              'windows', (
                SELECT json_agg(json_build_object('firstDay', w.first_day, 'lastDay', w.last_day,
                                  'reservations', t.reservations, 'bookedMinutes', t.booked_minutes,
                                  'fullPrices', t.full_prices::text, 'hourlyPriceMinutes', t.price_minutes::text,
                                  'activeCustomers', u.active, 'surelyNewCustomers', u.surely_new,
                                  'clientProfiles', u.client_profiles)
                                ORDER BY w.n)
                FROM windows w
                CROSS JOIN edges e
                CROSS JOIN LATERAL (
                  SELECT count(*) AS active,
                         count(*) FILTER (WHERE p.created_at >= w.inside_from AND p.created_at < w.inside_to)
                           AS surely_new,
                         coalesce(json_agg(json_build_array(p.user_id::text, p.created_at) ORDER BY p.user_id)
                                    FILTER (WHERE p.created_at >= w.near_from AND p.created_at < w.near_to
                                              AND NOT (p.created_at >= w.inside_from AND p.created_at < w.inside_to)),
                                  '[]'::json) AS client_profiles
                  FROM customers p
                  WHERE p.windows & (1 << w.n) <> 0) u
                CROSS JOIN LATERAL (
                  SELECT coalesce(sum(g.reservations) FILTER (WHERE g.court_id IS NULL), 0) AS reservations,
                         coalesce(sum(g.minutes) FILTER (WHERE g.court_id IS NULL), 0) AS booked_minutes,
                         coalesce(sum(g.full_prices), 0) AS full_prices,
                         coalesce(sum(g.hourly_price_minutes), 0)
                           + coalesce(sum(g.minutes * k.price_per_hour) FILTER (WHERE k.price_per_hour > 0), 0)
                           AS price_minutes
                  FROM segments g
                  LEFT JOIN clubs_court k ON k.id = g.court_id AND k.club_id = c.id
                  WHERE g.segment BETWEEN width_bucket(w.first_day, e.starts) AND width_bucket(w.last_day, e.starts)) t),
              'negativePricePerHour', (SELECT min(g.negative_price_per_hour)::text FROM segments g),
              'negativeTotalPrice', (SELECT min(g.negative_total_price)::text FROM segments g))
            """.formatted("%s", "%s", ClubSql.club("c"), ClubSql.schedule("c"), ClubSql.courts("c"));

    private static final int MAX_WINDOWS = 30;
    private static final Map<Integer, String> TOTALS_BY_WINDOW_COUNT = new ConcurrentHashMap<>();

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
        if (windows.isEmpty() || windows.size() > MAX_WINDOWS) {
            throw new IllegalArgumentException("totals take 1 to " + MAX_WINDOWS + " windows (a bit each), got "
                    + windows.size());
        }
        LocalDate start = windows.stream().map(DateWindow::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = windows.stream().map(DateWindow::end).max(LocalDate::compareTo).orElseThrow();
        List<Object> values = new ArrayList<>(2 * windows.size() + 7);
        for (DateWindow window : windows) {
            values.add(window.start());
            values.add(window.end());
        }
        values.addAll(List.of(club.value(), start, end, club.value(), start, end, club.value()));
        return new SqlFragment(TOTALS_BY_WINDOW_COUNT.computeIfAbsent(windows.size(), ClubAnalyticsAdapter::totalsText),
                values);
    }

    /**
     * The totals statement's text for {@code count} windows, placeholders in the order {@link #selectTotals} binds
     * them: composed once per count, since every dashboard miss asks for 1, 2 or 6 windows (JFR put composing the
     * ~6 KB text at ~4 % of a miss's CPU). A customer's bits are one {@code CASE} per window, each window's range
     * an init plan computed once (docs/performance.md, "The totals statement's database CPU").
     */
    private static String totalsText(int count) {
        StringJoiner values = new StringJoiner(", ");
        StringJoiner bits = new StringJoiner("\n                       | ", "(", ")");
        for (int i = 0; i < count; i++) {
            values.add("(" + i + ", ?::date, ?::date)");
            bits.add("CASE WHEN a.booked_days && (SELECT daterange(w.first_day, w.last_day, '[]') FROM windows w WHERE w.n = "
                    + i + ") THEN " + (1 << i) + " ELSE 0 END");
        }
        return TOTALS.formatted(values, bits) + "FROM clubs_club c WHERE c.id = ?";
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
                window.activeCustomers(), window.surelyNewCustomers(),
                BookingMapper.clientProfiles(window.clientProfiles()));
    }
}
