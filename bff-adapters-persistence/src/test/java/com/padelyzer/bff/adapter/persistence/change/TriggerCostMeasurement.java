package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bff triggers cost the main system's writes, on a database of its own with every migration (so the V3
 * indexes too), a listener connected as in production. Two parts, each printed as a table of medians; it asserts
 * nothing about time:
 * <ul>
 *   <li>Bulk: 200,000 reservations written in one statement, three alternating runs in each of three settings: all
 *       bff triggers, only the V4 change (NOTIFY) triggers ({@code bff_rollup_insert/update/delete} disabled), none
 *       ({@code bff_changes_*} disabled too). The table is emptied or refilled (rollups rebuilt), vacuumed and
 *       checkpointed before each run, outside the timing.</li>
 *   <li>Per row, as the main system writes: 1,000 single-row INSERTs (one booking each, each its own transaction)
 *       and 1,000 single-row UPDATEs (confirming a pending booking), on a table of 200,000 reservations with its
 *       rollups, with and without the V8 rollup triggers (the change triggers on in both).</li>
 * </ul>
 * Runs only when asked:
 * <pre>
 * mvn -q -o -pl bff-adapters-persistence -am verify -Dbff.measure.trigger-cost=true -Dit.test=TriggerCostMeasurement \
 *     -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "bff.measure.trigger-cost", matches = "true")
class TriggerCostMeasurement {

    private static final int ROWS = 200_000;
    private static final int RUNS = 3;
    private static final int SINGLE_ROW_STATEMENTS = 1_000;

    private static final List<String> ROLLUP_TRIGGERS = List.of("bff_rollup_insert", "bff_rollup_update",
            "bff_rollup_delete");
    private static final List<String> CHANGE_TRIGGERS = List.of("bff_changes_insert", "bff_changes_update",
            "bff_changes_delete");

    /** LargeReservationTable's spread: 20 clubs over all of 2026 (more than 31 dates each: one club notification each). */
    private static final String INSERT_20_CLUBS_365_DATES = insert(
            "('00000000-0000-4000-8000-0000000000' || lpad(((g / 7) % 20)::text, 2, '0'))::uuid",
            "DATE '2026-01-01' + (g / 13) % 365");
    /** A week of 100 clubs: 700 distinct (club, date), one reservation notification each. */
    private static final String INSERT_100_CLUBS_7_DATES = insert(
            "('00000000-0000-4000-8000-000000000' || lpad((g % 100)::text, 3, '0'))::uuid",
            "DATE '2026-12-01' + (g / 100) % 7");
    private static final String UPDATE_ALL = "UPDATE reservations_reservation SET status = 'confirmed', "
            + "updated_at = now()";
    /** One booking of one of the 20 clubs' courts, as the main system writes it. */
    private static final String INSERT_ONE = "INSERT INTO reservations_reservation (organization_id, club_id, "
            + "court_id, date, start_time, end_time, status, price_per_hour, total_price, created_by_id) VALUES "
            + "('00000000-0000-4000-8000-0000000000ff', ('00000000-0000-4000-8000-0000000000' || lpad((? % 20)::text, "
            + "2, '0'))::uuid, ('00000000-0000-4000-8001-0000000000' || lpad((? % 80)::text, 2, '0'))::uuid, "
            + "DATE '2026-12-01' + ? % 28, TIME '21:30', TIME '23:00', 'confirmed', NULL, 450, ?)";
    private static final String CONFIRM_ONE = "UPDATE reservations_reservation SET status = 'confirmed', "
            + "updated_at = now() WHERE id = ?::uuid";

    private static final Pattern CHANGE_TRIGGER_TIME = Pattern.compile("^Trigger bff_changes_\\w+: time=([0-9.]+)");
    private static final Pattern ROLLUP_TRIGGER_TIME = Pattern.compile("^Trigger bff_rollup_\\w+: time=([0-9.]+)");

    /** Which bff triggers a run has on. */
    private enum Triggers {
        ALL, CHANGES_ONLY, NONE;

        boolean rollups() {
            return this == ALL;
        }

        boolean changes() {
            return this != NONE;
        }
    }

    private final TestDatabase db = TestDatabase.createEmpty();

    @Test
    void prints_the_median_time_of_writes_with_all_with_only_the_change_and_with_no_bff_triggers()
            throws SQLException {
        db.migrate();
        AtomicLong heard = new AtomicLong();
        try (DataChangeListener listener = new DataChangeListener(
                new ListenerDatabase(db.jdbcUrl(), db.user(), db.password()), change -> heard.incrementAndGet());
             Connection connection = db.connect();
             Statement statement = connection.createStatement()) {
            listener.start();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%-42s %10s %10s %10s %8s %8s %10s %10s %6s",
                    "statement (200,000 rows)", "all", "changes", "none", "rollups", "changes", "rollup fn",
                    "change fn", "notif."));
            lines.add(measure(statement, heard, "INSERT ... SELECT, 20 clubs x 365 dates", INSERT_20_CLUBS_365_DATES,
                    false));
            lines.add(measure(statement, heard, "UPDATE of all those rows", UPDATE_ALL, true));
            lines.add(measure(statement, heard, "INSERT ... SELECT, 100 clubs x 7 dates", INSERT_100_CLUBS_7_DATES,
                    false));
            lines.add("");
            lines.add(String.format(Locale.ROOT, "%-42s %10s %10s %8s %12s", "1,000 single-row statements, "
                    + "autocommit", "rollups on", "off", "cost", "per statement"));
            lines.add(measureSingleRows(connection, statement, "INSERT of one booking", false));
            lines.add(measureSingleRows(connection, statement, "UPDATE confirming one booking", true));
            System.out.println(String.join(System.lineSeparator(), lines));
        }
    }

    /**
     * Runs {@code sql} under {@code EXPLAIN ANALYZE} (the same instrumentation in every setting) RUNS times in each
     * setting, alternating; before each run the table is emptied (an insert) or filled with the first shape and its
     * rollups rebuilt (an update), vacuumed and checkpointed, outside the timing. Times are the client's, commit
     * included; "rollup fn" and "change fn" are the trigger functions' own times as EXPLAIN reports them with all on;
     * "rollups" is what the rollup triggers add to the change triggers, "changes" what those add to none.
     */
    private String measure(Statement statement, AtomicLong heard, String name, String sql, boolean onFilledTable)
            throws SQLException {
        Map<Triggers, List<Double>> times = new EnumMap<>(Triggers.class);
        List<Double> rollupFunction = new ArrayList<>();
        List<Double> changeFunction = new ArrayList<>();
        long notifications = 0;
        for (int run = 0; run < RUNS; run++) {
            for (Triggers triggers : Triggers.values()) {
                prepare(statement, onFilledTable);
                enable(statement, triggers);
                settle();
                long heardBefore = heard.get();
                long started = System.nanoTime();
                List<String> plan = explainAnalyze(statement, sql);
                double millis = (System.nanoTime() - started) / 1e6;
                times.computeIfAbsent(triggers, t -> new ArrayList<>()).add(millis);
                if (triggers == Triggers.ALL) {
                    rollupFunction.add(triggerMillis(plan, ROLLUP_TRIGGER_TIME));
                    changeFunction.add(triggerMillis(plan, CHANGE_TRIGGER_TIME));
                    settle();
                    notifications = heard.get() - heardBefore;
                }
            }
        }
        double all = median(times.get(Triggers.ALL));
        double changes = median(times.get(Triggers.CHANGES_ONLY));
        double none = median(times.get(Triggers.NONE));
        return String.format(Locale.ROOT,
                "%-42s %7.0f ms %7.0f ms %7.0f ms %+7.1f%% %+7.1f%% %7.1f ms %7.1f ms %6d   (all %s, changes %s, none %s)",
                name, all, changes, none, (all - changes) / changes * 100, (changes - none) / none * 100,
                median(rollupFunction), median(changeFunction), notifications, rounded(times.get(Triggers.ALL)),
                rounded(times.get(Triggers.CHANGES_ONLY)), rounded(times.get(Triggers.NONE)));
    }

    /**
     * 1,000 single-row statements, each its own transaction (autocommit), on the 200,000-row table with its rollups,
     * RUNS times with the rollup triggers on and RUNS times off, alternating; the change triggers are on throughout.
     * An update confirms 1,000 distinct pending bookings. Times are the client's, every commit included.
     */
    private String measureSingleRows(Connection connection, Statement statement, String name, boolean update)
            throws SQLException {
        List<Double> on = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        for (int run = 0; run < 2 * RUNS; run++) {
            Triggers triggers = run % 2 == 0 ? Triggers.ALL : Triggers.CHANGES_ONLY;
            prepare(statement, true);
            List<String> pending = update ? pendingBookings(statement) : List.of();
            enable(statement, triggers);
            settle();
            long started = System.nanoTime();
            try (PreparedStatement one = connection.prepareStatement(update ? CONFIRM_ONE : INSERT_ONE)) {
                for (int i = 0; i < SINGLE_ROW_STATEMENTS; i++) {
                    if (update) {
                        one.setString(1, pending.get(i));
                    } else {
                        for (int parameter = 1; parameter <= 4; parameter++) {
                            one.setInt(parameter, i * 7 + run);
                        }
                    }
                    one.executeUpdate();
                }
            }
            (triggers.rollups() ? on : off).add((System.nanoTime() - started) / 1e6);
        }
        double medianOn = median(on);
        double medianOff = median(off);
        return String.format(Locale.ROOT, "%-42s %7.0f ms %7.0f ms %+7.1f%% %+9.3f ms   (on %s, off %s)", name,
                medianOn, medianOff, (medianOn - medianOff) / medianOff * 100,
                (medianOn - medianOff) / SINGLE_ROW_STATEMENTS, rounded(on), rounded(off));
    }

    /** Every bff trigger off, the table and rollups emptied (or refilled and rebuilt), vacuumed, checkpointed. */
    private static void prepare(Statement statement, boolean filled) throws SQLException {
        enable(statement, Triggers.NONE);
        statement.execute("TRUNCATE reservations_reservation");
        statement.execute("DELETE FROM bff_reservation_day_sums");
        statement.execute("DELETE FROM bff_club_customers");
        if (filled) {
            statement.execute(INSERT_20_CLUBS_365_DATES);
            statement.execute("SELECT bff_rebuild_analytics_rollups()");
        }
        statement.execute("VACUUM ANALYZE reservations_reservation");
        statement.execute("VACUUM ANALYZE bff_reservation_day_sums");
        statement.execute("VACUUM ANALYZE bff_club_customers");
        statement.execute("CHECKPOINT");
    }

    private static void enable(Statement statement, Triggers triggers) throws SQLException {
        for (String trigger : ROLLUP_TRIGGERS) {
            statement.execute("ALTER TABLE reservations_reservation " + (triggers.rollups() ? "ENABLE" : "DISABLE")
                    + " TRIGGER " + trigger);
        }
        for (String trigger : CHANGE_TRIGGERS) {
            statement.execute("ALTER TABLE reservations_reservation " + (triggers.changes() ? "ENABLE" : "DISABLE")
                    + " TRIGGER " + trigger);
        }
    }

    private static List<String> pendingBookings(Statement statement) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT id FROM reservations_reservation WHERE status = 'pending' "
                + "ORDER BY id LIMIT " + SINGLE_ROW_STATEMENTS)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static List<String> explainAnalyze(Statement statement, String sql) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        }
        return plan;
    }

    /** {@code Trigger bff_changes_insert: time=12.345 calls=1}. */
    private static double triggerMillis(List<String> plan, Pattern trigger) {
        return plan.stream().map(trigger::matcher).filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
    }

    private static String insert(String club, String date) {
        return "INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, end_time, "
                + "status, total_price, created_by_id) "
                + "SELECT '00000000-0000-4000-8000-0000000000ff', " + club + ", "
                + "('00000000-0000-4000-8001-0000000000' || lpad((g % 80)::text, 2, '0'))::uuid, " + date + ", "
                + "TIME '07:00' + (g % 14) * INTERVAL '1 hour', TIME '08:30' + (g % 14) * INTERVAL '1 hour', "
                + "(ARRAY['pending', 'confirmed', 'completed', 'cancelled', 'no_show'])[1 + g % 5], 450, g % 1000 "
                + "FROM generate_series(1, " + ROWS + ") AS g";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    /** Lets the listener drain what the previous statement notified. */
    private static void settle() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
