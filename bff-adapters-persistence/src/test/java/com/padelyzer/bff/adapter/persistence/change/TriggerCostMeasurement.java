package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the change triggers cost the main system's bulk writes: 200,000 reservations written in one statement with
 * the triggers enabled and disabled ({@code ALTER TABLE ... DISABLE TRIGGER USER}), three alternating runs each, on a
 * database of its own with every migration (so the V3 indexes too), a listener connected as in production. Prints the medians (docs/performance.md, "Trigger cost on bulk writes") and
 * asserts nothing about time. Runs only when asked:
 * <pre>
 * mvn -q -o -pl bff-adapters-persistence -am verify -Dbff.measure.trigger-cost=true -Dit.test=TriggerCostMeasurement \
 *     -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "bff.measure.trigger-cost", matches = "true")
class TriggerCostMeasurement {

    private static final int ROWS = 200_000;
    private static final int RUNS = 3;

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

    private static final Pattern TRIGGER_TIME = Pattern.compile("^Trigger bff_changes_\\w+: time=([0-9.]+)");

    private final TestDatabase db = TestDatabase.createEmpty();

    @Test
    void prints_the_median_time_of_bulk_writes_with_and_without_the_change_triggers() throws SQLException {
        db.migrate();
        AtomicLong heard = new AtomicLong();
        try (DataChangeListener listener = new DataChangeListener(
                new ListenerDatabase(db.jdbcUrl(), db.user(), db.password()), change -> heard.incrementAndGet());
             Connection connection = db.connect();
             Statement statement = connection.createStatement()) {
            listener.start();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%-46s %10s %10s %7s %12s %8s %13s", "statement (200,000 rows)",
                    "on", "off", "cost", "trigger fn", "of on", "notifications"));
            lines.add(measure(statement, heard, "INSERT ... SELECT, 20 clubs x 365 dates", INSERT_20_CLUBS_365_DATES,
                    false));
            lines.add(measure(statement, heard, "UPDATE of all those rows", UPDATE_ALL, true));
            lines.add(measure(statement, heard, "INSERT ... SELECT, 100 clubs x 7 dates", INSERT_100_CLUBS_7_DATES,
                    false));
            System.out.println(String.join(System.lineSeparator(), lines));
        }
    }

    /**
     * Runs {@code sql} under {@code EXPLAIN ANALYZE} (the same instrumentation either way) RUNS times with the triggers
     * on and RUNS times off, alternating; before each run the table is emptied (an insert) or filled with the first
     * shape (an update), vacuumed and checkpointed, outside the timing. Times are the client's, commit included;
     * "trigger fn" is the trigger function's own time as EXPLAIN reports it.
     */
    private String measure(Statement statement, AtomicLong heard, String name, String sql, boolean onFilledTable)
            throws SQLException {
        List<Double> on = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        List<Double> triggerFunction = new ArrayList<>();
        long notifications = 0;
        for (int run = 0; run < 2 * RUNS; run++) {
            boolean triggers = run % 2 == 0;
            statement.execute("ALTER TABLE reservations_reservation DISABLE TRIGGER USER");
            statement.execute("TRUNCATE reservations_reservation");
            if (onFilledTable) {
                statement.execute(INSERT_20_CLUBS_365_DATES);
            }
            statement.execute("VACUUM ANALYZE reservations_reservation");
            statement.execute("CHECKPOINT");
            statement.execute("ALTER TABLE reservations_reservation " + (triggers ? "ENABLE" : "DISABLE")
                    + " TRIGGER USER");
            settle();
            long heardBefore = heard.get();
            long started = System.nanoTime();
            List<String> plan = explainAnalyze(statement, sql);
            double millis = (System.nanoTime() - started) / 1e6;
            (triggers ? on : off).add(millis);
            if (triggers) {
                triggerFunction.add(triggerMillis(plan));
                settle();
                notifications = heard.get() - heardBefore;
            }
        }
        double medianOn = median(on);
        double medianOff = median(off);
        double medianFunction = median(triggerFunction);
        return String.format(Locale.ROOT, "%-46s %7.0f ms %7.0f ms %+6.1f%% %9.1f ms %7.1f%% %13d   (on %s, off %s)",
                name, medianOn, medianOff, (medianOn - medianOff) / medianOff * 100, medianFunction,
                medianFunction / medianOn * 100, notifications, rounded(on), rounded(off));
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
    private static double triggerMillis(List<String> plan) {
        return plan.stream().map(TRIGGER_TIME::matcher).filter(Matcher::find)
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
