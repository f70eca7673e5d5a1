package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V8 rollups ({@code bff_reservation_day_sums}, {@code bff_club_customers} with V10's profile creation) always
 * equal a recomputation from {@code reservations_reservation} and {@code clients_clientprofile}, before and after
 * {@code bff_compact_reservation_day_sums}: a seeded random sequence of inserts, updates of every column, deletes, a
 * truncate and transactions (one rolled back) over three clubs, client profiles created, re-dated, moved to another
 * user, deleted and truncated among them, and the back-fill {@code bff_rebuild_analytics_rollups()} after a load with the insert trigger off. The seed
 * is printed; {@code -Drollups.seed=N} replays it.
 */
class RollupMaintenanceIT {

    /**
     * Per club, date and court-or-null the sums the migration describes, written from its comments rather than from
     * its SQL: counted = confirmed/completed and active; minutes truncated, a 24:00 end being 23:59:59.999999; the
     * club row sums total prices above 0 and own hourly price (>= 0) x minutes of the others; the court rows count the
     * reservations priced by their court (no total price above 0, no own price >= 0). Numbers without trailing zeros.
     */
    static final String EXPECTED_DAY_SUMS = """
            WITH counted AS (
              SELECT r.club_id, r.date, r.court_id, r.price_per_hour, r.total_price,
                     floor(extract(epoch FROM (CASE WHEN r.end_time = TIME '24:00' THEN TIME '23:59:59.999999'
                                                    ELSE r.end_time END) - r.start_time) / 60)::bigint AS minutes
              FROM reservations_reservation r
              WHERE r.status IN ('confirmed', 'completed') AND r.is_active)
            SELECT concat_ws('|', k.club_id, k.date, coalesce(k.court_id::text, '-'), k.reservations, k.minutes,
                             trim_scale(k.full_prices), trim_scale(k.hourly_price_minutes))
            FROM (SELECT c.club_id, c.date, NULL::uuid AS court_id, count(*) AS reservations, sum(c.minutes) AS minutes,
                         coalesce(sum(c.total_price) FILTER (WHERE c.total_price > 0), 0) AS full_prices,
                         coalesce(sum(c.price_per_hour * c.minutes)
                                  FILTER (WHERE c.total_price <= 0 AND c.price_per_hour >= 0), 0) AS hourly_price_minutes
                  FROM counted c GROUP BY c.club_id, c.date
                  UNION ALL
                  SELECT c.club_id, c.date, c.court_id, count(*), sum(c.minutes), 0, 0
                  FROM counted c WHERE c.total_price <= 0 AND (c.price_per_hour IS NULL OR c.price_per_hour < 0)
                  GROUP BY c.club_id, c.date, c.court_id) k
            """;

    /** The day sums' rows added up per key, keys whose sums are all 0 dropped. */
    static final String ACTUAL_DAY_SUMS = """
            SELECT concat_ws('|', s.club_id, s.date, coalesce(s.court_id::text, '-'), sum(s.reservations),
                             sum(s.minutes), trim_scale(sum(s.full_prices)), trim_scale(sum(s.hourly_price_minutes)))
            FROM bff_reservation_day_sums s GROUP BY s.club_id, s.date, s.court_id
            HAVING sum(s.reservations) <> 0 OR sum(s.minutes) <> 0 OR sum(s.full_prices) <> 0
                OR sum(s.hourly_price_minutes) <> 0
            """;

    /** Per club and creator the dates of their counted reservations and their client profile's creation (V10). */
    static final String EXPECTED_CUSTOMERS = """
            SELECT concat_ws('|', r.club_id, r.created_by_id, range_agg(daterange(r.date, r.date, '[]')),
                             coalesce((SELECT p.created_at FROM clients_clientprofile p
                                       WHERE p.user_id = r.created_by_id)::text, 'no profile'))
            FROM reservations_reservation r
            WHERE r.status IN ('confirmed', 'completed') AND r.is_active AND r.created_by_id IS NOT NULL
            GROUP BY r.club_id, r.created_by_id
            """;

    static final String ACTUAL_CUSTOMERS = """
            SELECT concat_ws('|', k.club_id, k.user_id, k.booked_days, coalesce(k.profile_created_at::text, 'no profile'))
            FROM bff_club_customers k
            WHERE NOT isempty(k.booked_days)
            """;

    /**
     * Club-days whose counted reservations have a negative price the rollup does not say (absent, or above the
     * smallest): while rows are pending the rollup may say one more (kept from a row that left the day), never fewer.
     * Court rows say none.
     */
    static final String UNSAID_NEGATIVE_PRICES = """
            WITH expected AS (
              SELECT r.club_id, r.date, min(r.price_per_hour) FILTER (WHERE r.price_per_hour < 0) AS per_hour,
                     min(r.total_price) FILTER (WHERE r.total_price < 0) AS total
              FROM reservations_reservation r WHERE r.status IN ('confirmed', 'completed') AND r.is_active
              GROUP BY r.club_id, r.date),
            said AS (
              SELECT s.club_id, s.date, min(s.negative_price_per_hour) AS per_hour,
                     min(s.negative_total_price) AS total
              FROM bff_reservation_day_sums s WHERE s.court_id IS NULL GROUP BY s.club_id, s.date)
            SELECT concat_ws('|', e.club_id, e.date, e.per_hour, s.per_hour, e.total, s.total)
            FROM expected e LEFT JOIN said s ON s.club_id = e.club_id AND s.date = e.date
            WHERE (e.per_hour IS NOT NULL AND NOT coalesce(s.per_hour <= e.per_hour, false))
               OR (e.total IS NOT NULL AND NOT coalesce(s.total <= e.total, false))
            """;

    /** Once folded, each club-day says exactly the negative prices of its counted reservations, court rows none. */
    static final String MISSAID_NEGATIVE_PRICES_WHEN_FOLDED = """
            WITH expected AS (
              SELECT r.club_id, r.date, min(r.price_per_hour) FILTER (WHERE r.price_per_hour < 0) AS per_hour,
                     min(r.total_price) FILTER (WHERE r.total_price < 0) AS total
              FROM reservations_reservation r WHERE r.status IN ('confirmed', 'completed') AND r.is_active
              GROUP BY r.club_id, r.date)
            SELECT concat_ws('|', s.club_id, s.date, s.court_id, s.negative_price_per_hour, e.per_hour,
                             s.negative_total_price, e.total)
            FROM bff_reservation_day_sums s
            LEFT JOIN expected e ON e.club_id = s.club_id AND e.date = s.date AND s.court_id IS NULL
            WHERE s.negative_price_per_hour IS DISTINCT FROM e.per_hour
               OR s.negative_total_price IS DISTINCT FROM e.total
            """;

    private static final String RAW_ROLLUPS = """
            SELECT 'd|' || s::text FROM bff_reservation_day_sums s
            UNION ALL SELECT 'c|' || k::text FROM bff_club_customers k ORDER BY 1
            """;

    private static final int STEPS = 300;

    private final long seed = Long.getLong("rollups.seed", new Random().nextLong());
    private final Random random = new Random(seed);
    private TestDatabase db;
    private Connection connection;
    private ReservationWorld world;

    @BeforeEach
    void create_a_database_with_three_clubs(TestInfo test) throws SQLException {
        System.out.println("RollupMaintenanceIT." + test.getTestMethod().map(Method::getName).orElse("?")
                + ": -Drollups.seed=" + seed);
        db = TestDatabase.createEmpty();
        db.migrate();
        connection = db.connect();
        world = ReservationWorld.create(db, random);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void the_rollups_equal_a_recomputation_after_every_statement_and_every_compaction() throws SQLException {
        List<Supplier<String>> kinds = world.statementKinds();
        int truncateAt = STEPS / 2 + random.nextInt(STEPS / 4);
        int rolledBack = random.nextInt(STEPS);
        int step = 0;
        while (step < STEPS) {
            List<Supplier<String>> round = new ArrayList<>(kinds);
            Collections.shuffle(round, random);
            for (Supplier<String> kind : round) {
                if (step == truncateAt) {
                    truncate_empties_both_rollups(step);
                } else if (step == rolledBack) {
                    a_rolled_back_transaction_leaves_the_rollups_as_they_were(step);
                } else if (random.nextInt(12) == 0) {
                    several_statements_in_one_transaction(step);
                } else if (random.nextInt(8) == 0) {
                    an_irrelevant_update_adds_no_delta_row(step);
                } else {
                    write(step, kind.get());
                }
                if (random.nextInt(25) == 0) {
                    compactAndCheck(step);
                }
                step++;
            }
        }
        compactAndCheck(step);
        System.out.println("RollupMaintenanceIT seed " + seed + ": " + step + " steps, "
                + db.queryColumn("SELECT count(*) FROM reservations_reservation").get(0) + " reservations left, "
                + db.queryColumn("SELECT count(*) FROM bff_reservation_day_sums").get(0) + " day-sum rows, "
                + db.queryColumn("SELECT count(*) FROM bff_club_customers WHERE NOT isempty(booked_days)").get(0)
                + " customers");
    }

    @Test
    void the_back_fill_rebuilds_rollups_equal_to_a_recomputation_of_reservations_loaded_without_the_trigger()
            throws SQLException {
        execute("ALTER TABLE reservations_reservation DISABLE TRIGGER bff_rollup_insert");
        for (int i = 0; i < 40; i++) {
            execute(world.insert(1 + random.nextInt(8)));
        }
        execute("ALTER TABLE reservations_reservation ENABLE TRIGGER bff_rollup_insert");
        execute("INSERT INTO clients_clientprofile (user_id, organization_id, created_at) SELECT u, "
                + ReservationWorld.ORGANIZATION + ", TIMESTAMPTZ '2026-11-02 10:00:00+00' + u * interval '1 hour' "
                + "FROM generate_series(1, 5) u");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation").get(0)).isNotEqualTo("0");
        assertThat(rows(RAW_ROLLUPS)).as("seed %d: nothing was rolled up while the trigger was off", seed).isEmpty();

        execute("SELECT bff_rebuild_analytics_rollups()");

        assertEqualToRecomputation("seed " + seed + ", after the back-fill");
        assertOneFoldedRowPerKey("seed " + seed + ", after the back-fill");
        for (int step = 0; step < 30; step++) {
            write(step, world.statementKinds().get(random.nextInt(world.statementKinds().size())).get());
        }
        compactAndCheck(30);
    }

    /** Found by this test's first version: V8 used to add a zero-sum row repeating the negative price. */
    @Test
    void an_update_of_payment_status_alone_adds_no_day_sum_row_even_for_a_booking_with_negative_prices()
            throws SQLException {
        execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                + "start_time, end_time, status, price_per_hour, total_price) VALUES (" + ReservationWorld.ORGANIZATION
                + ", '" + world.clubs().get(0) + "', '" + world.courts().get(0).get(0) + "', 3, '2026-12-01', '10:00', "
                + "'11:30', 'confirmed', -50.00, -10.00)");
        List<String> before = rows(RAW_ROLLUPS);

        execute("UPDATE reservations_reservation SET payment_status = 'paid'");

        assertThat(rows(RAW_ROLLUPS)).containsExactlyElementsOf(before);
    }

    /** Found by this test's first version: V8 used to keep the minimum of every row ever added, even folded. */
    @Test
    void a_negative_price_is_no_longer_said_once_its_booking_is_cancelled_and_the_day_folded() throws SQLException {
        String values = "(" + ReservationWorld.ORGANIZATION + ", '" + world.clubs().get(0) + "', '"
                + world.courts().get(0).get(0) + "', 3, '2026-12-01', '10:00', '11:30', 'confirmed', ";
        execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                + "start_time, end_time, status, price_per_hour, total_price) VALUES " + values + "-50.00, 900.00), "
                + values + "400.00, 0)");

        execute("UPDATE reservations_reservation SET status = 'cancelled' WHERE price_per_hour < 0");
        execute("SELECT bff_compact_reservation_day_sums(100000)");

        assertThat(rows("SELECT concat_ws('|', s.reservations, s.negative_price_per_hour) FROM bff_reservation_day_sums s"))
                .containsExactly("1");
    }

    private void write(int step, String sql) throws SQLException {
        execute(sql);
        assertEqualToRecomputation(describe(step, sql));
    }

    private void several_statements_in_one_transaction(int step) throws SQLException {
        List<String> statements = world.someStatements(2 + random.nextInt(3));
        connection.setAutoCommit(false);
        try {
            for (String sql : statements) {
                execute(sql);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        assertEqualToRecomputation(describe(step, String.join(";\n", statements)));
    }

    private void a_rolled_back_transaction_leaves_the_rollups_as_they_were(int step) throws SQLException {
        List<String> before = rows(RAW_ROLLUPS);
        List<String> statements = world.someStatements(3);
        connection.setAutoCommit(false);
        try {
            for (String sql : statements) {
                execute(sql);
            }
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
        assertThat(rows(RAW_ROLLUPS)).as(describe(step, "rolled back: " + String.join(";\n", statements)))
                .containsExactlyElementsOf(before);
    }

    private void truncate_empties_both_rollups(int step) throws SQLException {
        execute("TRUNCATE reservations_reservation");
        assertThat(rows(RAW_ROLLUPS)).as(describe(step, "TRUNCATE")).isEmpty();
    }

    /**
     * An UPDATE of payment_status, updated_at or player_name alone adds no day-sum row and changes no customer.
     */
    private void an_irrelevant_update_adds_no_delta_row(int step) throws SQLException {
        String sql = world.irrelevantUpdate();
        List<String> before = rows(RAW_ROLLUPS);
        execute(sql);
        assertThat(rows(RAW_ROLLUPS)).as(describe(step, sql)).containsExactlyElementsOf(before);
    }

    private void compactAndCheck(int step) throws SQLException {
        execute("SELECT bff_compact_reservation_day_sums(100000)");
        String context = describe(step, "SELECT bff_compact_reservation_day_sums(100000)");
        assertEqualToRecomputation(context);
        assertOneFoldedRowPerKey(context);
        assertThat(rows(MISSAID_NEGATIVE_PRICES_WHEN_FOLDED)).as("negative prices when folded, " + context).isEmpty();
    }

    private void assertEqualToRecomputation(String context) throws SQLException {
        assertThat(rows(ACTUAL_DAY_SUMS)).as("day sums, " + context)
                .containsExactlyInAnyOrderElementsOf(rows(EXPECTED_DAY_SUMS));
        assertThat(rows(ACTUAL_CUSTOMERS)).as("customers, " + context)
                .containsExactlyInAnyOrderElementsOf(rows(EXPECTED_CUSTOMERS));
        assertThat(rows(UNSAID_NEGATIVE_PRICES)).as("negative prices, " + context).isEmpty();
    }

    private void assertOneFoldedRowPerKey(String context) throws SQLException {
        assertThat(rows("SELECT count(*) FROM bff_reservation_day_sums WHERE pending")).as("pending rows, " + context)
                .containsExactly("0");
        assertThat(rows("SELECT concat_ws('|', club_id, date, court_id, count(*)) FROM bff_reservation_day_sums "
                + "GROUP BY club_id, date, court_id HAVING count(*) > 1")).as("keys of several rows, " + context)
                .isEmpty();
        assertThat(rows("SELECT s::text FROM bff_reservation_day_sums s WHERE s.reservations = 0"))
                .as("folded rows of no reservation, " + context).isEmpty();
    }

    private String describe(int step, String sql) {
        return "seed " + seed + " (replay with -Drollups.seed=" + seed + "), step " + step + ": " + sql;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /**
     * Three clubs of 2-3 courts (prices above 0, 0 and negative), 10 users, four dates, and the random statements
     * written against them; reservation ids come from the seed, so a seed replays the same statements.
     */
    private record ReservationWorld(TestDatabase db, Random random, List<UUID> clubs, List<List<UUID>> courts) {

        private static final List<String> STATUSES = List.of("pending", "confirmed", "completed", "cancelled", "no_show");
        private static final List<String> DATES = List.of("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04");
        private static final List<String> STARTS = List.of("00:00", "07:15", "08:00", "09:30:30", "10:00:00.25", "12:00");
        private static final List<String> ENDS = List.of("12:00:00.5", "13:00", "14:29:59.999999", "23:59:59", "24:00");
        private static final List<String> PRICES_PER_HOUR = List.of("NULL", "-50.00", "0", "0.01", "400.00", "375.50");
        private static final List<String> TOTAL_PRICES = List.of("0", "-10.00", "0.50", "900.50", "1200.00");
        private static final String ORGANIZATION = "'00000000-0000-4000-8000-0000000000aa'";

        static ReservationWorld create(TestDatabase db, Random random) {
            UUID organization = UUID.fromString(db.queryColumn("INSERT INTO root_organization (business_name, "
                    + "trade_name, primary_email, state) VALUES ('Rollups S.A.', 'Rollups', 'hola@rollups.mx', "
                    + "'active') RETURNING id").get(0));
            List<UUID> clubs = new ArrayList<>();
            List<List<UUID>> courts = new ArrayList<>();
            List<List<String>> prices = List.of(List.of("400.00", "0"), List.of("350.00", "-20.00", "0"),
                    List.of("0", "500.00", "-1.00"));
            for (int c = 0; c < 3; c++) {
                UUID club = UUID.fromString(db.queryColumn("INSERT INTO clubs_club (organization_id, name, slug) "
                        + "VALUES ('" + organization + "', 'Club " + c + "', 'club-" + c + "') RETURNING id").get(0));
                clubs.add(club);
                List<UUID> clubCourts = new ArrayList<>();
                for (int k = 0; k < prices.get(c).size(); k++) {
                    clubCourts.add(UUID.fromString(db.queryColumn("INSERT INTO clubs_court (club_id, organization_id, "
                            + "name, number, price_per_hour) VALUES ('" + club + "', '" + organization + "', 'Pista "
                            + k + "', " + (k + 1) + ", " + prices.get(c).get(k) + ") RETURNING id").get(0)));
                }
                courts.add(clubCourts);
            }
            return new ReservationWorld(db, random, clubs, courts);
        }

        /** One generator per statement kind; each round of the random sequence runs every kind once. */
        List<Supplier<String>> statementKinds() {
            List<Supplier<String>> kinds = new ArrayList<>();
            kinds.add(() -> insert(1));
            for (int i = 0; i < 4; i++) {
                kinds.add(() -> insert(2 + random.nextInt(6)));
            }
            for (String column : List.of("status", "is_active", "date", "club_id", "court_id", "created_by_id",
                    "start_time", "end_time", "times", "price_per_hour", "total_price")) {
                kinds.add(() -> update(pick(1 + random.nextInt(3)), column));
            }
            kinds.add(() -> "UPDATE reservations_reservation SET " + String.join(", ", assignment("status"),
                    assignment("date"), assignment("club_id"), assignment("created_by_id"), assignment("times"),
                    assignment("price_per_hour"), assignment("total_price"), assignment("is_active"))
                    + " WHERE id IN " + pick(1 + random.nextInt(4)));
            kinds.add(() -> "UPDATE reservations_reservation SET " + assignment("status") + ", "
                    + assignment("created_by_id") + " WHERE id IN " + pick(2 + random.nextInt(4)));
            kinds.add(this::moveBetweenTwoClubs);
            kinds.add(() -> "UPDATE reservations_reservation SET status = " + quoted(STATUSES) + " WHERE club_id IN ("
                    + club() + ", " + club() + ") AND date = " + quoted(DATES));
            kinds.add(() -> "DELETE FROM reservations_reservation WHERE id IN " + pick(1));
            kinds.add(() -> "DELETE FROM reservations_reservation WHERE id IN " + pick(2 + random.nextInt(5)));
            kinds.add(() -> "DELETE FROM reservations_reservation WHERE club_id = " + club() + " AND date = "
                    + quoted(DATES));
            kinds.addAll(profileStatementKinds());
            return kinds;
        }

        List<String> someStatements(int count) {
            List<Supplier<String>> kinds = statementKinds();
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                statements.add(kinds.get(random.nextInt(kinds.size())).get());
            }
            return statements;
        }

        String insert(int rows) {
            StringJoiner values = new StringJoiner(",\n  ");
            for (int i = 0; i < rows; i++) {
                int club = random.nextInt(3);
                values.add("('" + new UUID(random.nextLong(), random.nextLong()) + "', " + ORGANIZATION + ", '"
                        + clubs.get(club) + "', " + court(club) + ", " + creator() + ", " + quoted(DATES) + ", "
                        + quoted(STARTS) + ", " + quoted(ENDS) + ", " + quoted(STATUSES) + ", "
                        + (random.nextInt(6) > 0) + ", " + pickOf(PRICES_PER_HOUR) + ", " + pickOf(TOTAL_PRICES) + ")");
            }
            return "INSERT INTO reservations_reservation (id, organization_id, club_id, court_id, created_by_id, date, "
                    + "start_time, end_time, status, is_active, price_per_hour, total_price) VALUES\n  " + values;
        }

        /** Client profiles of the creators: created, re-dated, moved to another user, deleted, truncated. */
        private List<Supplier<String>> profileStatementKinds() {
            List<Supplier<String>> kinds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                kinds.add(() -> "INSERT INTO clients_clientprofile (user_id, organization_id, created_at) SELECT u, "
                        + ORGANIZATION + ", " + profileTime() + " FROM unnest(ARRAY[" + creatorIds(1 + random.nextInt(3))
                        + "]::bigint[]) u ON CONFLICT (user_id) DO NOTHING");
            }
            kinds.add(() -> "UPDATE clients_clientprofile SET created_at = " + profileTime() + " WHERE user_id IN ("
                    + creatorIds(1 + random.nextInt(3)) + ")");
            kinds.add(() -> "UPDATE clients_clientprofile SET is_active = NOT is_active, updated_at = now() WHERE user_id IN ("
                    + creatorIds(2) + ")");
            kinds.add(() -> {
                long to = 1 + random.nextInt(10);
                return "UPDATE clients_clientprofile SET user_id = " + to + " WHERE user_id = " + (1 + random.nextInt(10))
                        + " AND NOT EXISTS (SELECT 1 FROM clients_clientprofile p WHERE p.user_id = " + to + ")";
            });
            kinds.add(() -> "DELETE FROM clients_clientprofile WHERE user_id IN (" + creatorIds(1 + random.nextInt(2)) + ")");
            kinds.add(() -> random.nextInt(3) == 0 ? "TRUNCATE clients_clientprofile"
                    : "DELETE FROM clients_clientprofile WHERE user_id = " + (1 + random.nextInt(10)));
            return kinds;
        }

        private String creatorIds(int count) {
            StringJoiner ids = new StringJoiner(", ");
            for (int i = 0; i < count; i++) {
                ids.add(String.valueOf(1 + random.nextInt(10)));
            }
            return ids.toString();
        }

        private String profileTime() {
            return "TIMESTAMPTZ '2026-11-" + (10 + random.nextInt(20)) + " " + random.nextInt(24) + ":30:00+00'";
        }

        /** payment_status, updated_at or player_name of some rows. */
        String irrelevantUpdate() {
            String set = switch (random.nextInt(3)) {
                case 0 -> "payment_status = " + quoted(List.of("pending", "paid", "refunded"));
                case 1 -> "updated_at = now() + interval '1 minute'";
                default -> "player_name = 'Renamed " + random.nextInt(100) + "'";
            };
            return "UPDATE reservations_reservation SET " + set + " WHERE id IN " + pick(1 + random.nextInt(4));
        }

        private String update(String ids, String column) {
            return "UPDATE reservations_reservation SET " + assignment(column) + " WHERE id IN " + ids;
        }

        private String assignment(String column) {
            return switch (column) {
                case "status" -> "status = " + quoted(STATUSES);
                case "is_active" -> "is_active = " + random.nextBoolean();
                case "date" -> "date = " + quoted(DATES);
                case "club_id" -> "club_id = " + club();
                case "court_id" -> "court_id = " + court(random.nextInt(3));
                case "created_by_id" -> "created_by_id = " + creator();
                case "start_time" -> "start_time = " + quoted(STARTS);
                case "end_time" -> "end_time = " + quoted(ENDS);
                case "times" -> "start_time = " + quoted(STARTS) + ", end_time = " + quoted(ENDS);
                case "price_per_hour" -> "price_per_hour = " + pickOf(PRICES_PER_HOUR);
                case "total_price" -> "total_price = " + pickOf(TOTAL_PRICES);
                default -> throw new IllegalArgumentException(column);
            };
        }

        /** One statement over two clubs: swaps the club of one date's reservations of both. */
        private String moveBetweenTwoClubs() {
            int a = random.nextInt(3);
            int b = (a + 1 + random.nextInt(2)) % 3;
            return "UPDATE reservations_reservation SET club_id = CASE WHEN club_id = '" + clubs.get(a) + "' THEN '"
                    + clubs.get(b) + "'::uuid ELSE '" + clubs.get(a) + "'::uuid END WHERE club_id IN ('" + clubs.get(a)
                    + "', '" + clubs.get(b) + "') AND date = " + quoted(DATES);
        }

        /** Up to {@code count} existing reservation ids as an SQL list (the empty list if there are none). */
        private String pick(int count) {
            List<String> ids = db.queryColumn("SELECT id FROM reservations_reservation ORDER BY id");
            StringJoiner picked = new StringJoiner(", ", "(", ")");
            picked.add("NULL::uuid");
            for (int i = 0; i < count && !ids.isEmpty(); i++) {
                picked.add("'" + ids.get(random.nextInt(ids.size())) + "'");
            }
            return picked.toString();
        }

        private String club() {
            return "'" + clubs.get(random.nextInt(3)) + "'";
        }

        /** Usually a court of the club, one time in eight a court of the next club. */
        private String court(int club) {
            List<UUID> own = random.nextInt(8) == 0 ? courts.get((club + 1) % 3) : courts.get(club);
            return "'" + own.get(random.nextInt(own.size())) + "'";
        }

        private String creator() {
            return random.nextInt(6) == 0 ? "NULL" : String.valueOf(1 + random.nextInt(10));
        }

        private String quoted(List<String> values) {
            return "'" + pickOf(values) + "'";
        }

        private String pickOf(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
