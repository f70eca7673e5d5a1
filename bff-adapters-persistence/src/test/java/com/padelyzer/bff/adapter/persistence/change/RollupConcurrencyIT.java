package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V8 customer rollup under two READ COMMITTED writers (the main system's isolation) whose statements both run
 * before either commits: the second waits for the first's lock on the customer's row, then sees its commit. And the
 * day sums never make two bookings of one club-day wait for each other. V10's profile creation on the customer's row
 * under a profile and a first booking written at the same time, either first: the second waits for the first's
 * advisory lock of that user, then reads its commit; a booking never waits for another user's profile. Every wait is
 * bounded by statement_timeout; "the second statement is waiting" is read from pg_blocking_pids, never assumed after
 * a sleep.
 */
class RollupConcurrencyIT {

    private static final String ORGANIZATION = "00000000-0000-4000-8000-0000000000bb";
    private static final String DATE = "2026-12-10";
    private static final long CUSTOMER = 7;
    private static final String PROFILE_CREATED_AT = "2026-11-02 10:00:00+00";

    private final UUID club = UUID.randomUUID();
    private final UUID court = UUID.randomUUID();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private TestDatabase db;
    private Connection first;
    private Connection second;
    private Connection observer;

    @BeforeEach
    void open_two_read_committed_transactions() throws SQLException {
        db = TestDatabase.createEmpty();
        db.migrate();
        first = transaction();
        second = transaction();
        observer = db.connect();
    }

    @AfterEach
    void close() throws SQLException {
        background.shutdownNow();
        first.close();
        second.close();
        observer.close();
    }

    @Test
    void two_transactions_cancelling_a_customers_last_two_bookings_of_a_date_remove_the_date() throws Exception {
        String morning = book(CUSTOMER, "09:00", "10:30");
        String evening = book(CUSTOMER, "19:00", "20:30");

        commitTheFirstWhileTheSecondWaits(cancel(morning), cancel(evening));

        assertThat(bookedDays(CUSTOMER)).isEqualTo("{}");
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_new_booking_committed_while_another_transaction_cancels_the_last_one_keeps_the_date() throws Exception {
        String last = book(CUSTOMER, "09:00", "10:30");

        commitTheFirstWhileTheSecondWaits(insert(CUSTOMER, "confirmed"), cancel(last));

        assertThat(bookedDays(CUSTOMER)).isEqualTo("{[" + DATE + ",2026-12-11)}");
        assertRollupsEqualRecomputation();
    }

    @Test
    void cancelling_the_last_booking_while_another_transaction_books_the_date_again_keeps_the_date() throws Exception {
        String last = book(CUSTOMER, "09:00", "10:30");

        commitTheFirstWhileTheSecondWaits(cancel(last), insert(CUSTOMER, "confirmed"));

        assertThat(bookedDays(CUSTOMER)).isEqualTo("{[" + DATE + ",2026-12-11)}");
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_second_booking_of_the_same_club_day_commits_while_the_first_is_still_open() throws SQLException {
        execute(first, insert(CUSTOMER, "confirmed"));
        execute(second, "SET LOCAL statement_timeout = '3s'");

        execute(second, insert(CUSTOMER + 1, "confirmed"));
        second.commit();

        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation")).containsExactly("1");
        first.commit();
        assertThat(db.queryColumn("SELECT sum(reservations) FROM bff_reservation_day_sums WHERE court_id IS NULL"))
                .containsExactly("2");
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_walk_in_booking_of_the_same_club_day_and_court_commits_while_a_customers_is_still_open() throws SQLException {
        execute(first, insert(CUSTOMER, "completed"));
        execute(second, "SET LOCAL statement_timeout = '3s'");

        execute(second, insert(null, "confirmed"));
        second.commit();

        first.commit();
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_first_booking_made_while_the_customers_profile_is_being_created_gets_the_profile() throws Exception {
        commitTheFirstWhileTheSecondWaits(createProfile(CUSTOMER), insert(CUSTOMER, "confirmed"));

        assertThat(profileCreatedAt(CUSTOMER)).isEqualTo(PROFILE_CREATED_AT);
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_profile_created_while_the_customers_first_booking_is_being_made_reaches_the_booking() throws Exception {
        commitTheFirstWhileTheSecondWaits(insert(CUSTOMER, "confirmed"), createProfile(CUSTOMER));

        assertThat(profileCreatedAt(CUSTOMER)).isEqualTo(PROFILE_CREATED_AT);
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_profile_deleted_while_the_customers_first_booking_is_being_made_leaves_no_profile() throws Exception {
        execute(observer, createProfile(CUSTOMER));

        commitTheFirstWhileTheSecondWaits(insert(CUSTOMER, "confirmed"), "DELETE FROM clients_clientprofile");

        assertThat(profileCreatedAt(CUSTOMER)).isEqualTo("no profile");
        assertRollupsEqualRecomputation();
    }

    @Test
    void a_booking_commits_while_another_users_profile_is_being_created() throws SQLException {
        execute(first, createProfile(CUSTOMER + 1));
        execute(second, "SET LOCAL statement_timeout = '3s'");

        execute(second, insert(CUSTOMER, "confirmed"));
        second.commit();

        first.commit();
        assertRollupsEqualRecomputation();
    }

    /**
     * {@code firstSql} in the first transaction, then {@code secondSql} in the second, which waits for the first's
     * locks; the first commits, the second goes on and commits.
     */
    private void commitTheFirstWhileTheSecondWaits(String firstSql, String secondSql) throws Exception {
        execute(first, firstSql);
        Future<?> waiting = runBlocked(second, secondSql);
        first.commit();
        waiting.get(10, TimeUnit.SECONDS);
        second.commit();
    }

    /**
     * Runs {@code sql} on {@code connection} in the background and returns once the database shows it waiting for
     * another transaction's lock (at most 10 s, else the test fails).
     */
    private Future<?> runBlocked(Connection connection, String sql) throws Exception {
        int pid = backendPid(connection);
        CountDownLatch started = new CountDownLatch(1);
        Future<?> running = background.submit(() -> {
            started.countDown();
            execute(connection, sql);
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waitingFor(pid) == 0) {
            assertThat(running.isDone()).as("the second statement finished without waiting: " + sql).isFalse();
            assertThat(System.nanoTime()).as("the second statement never waited: " + sql).isLessThan(deadline);
            Thread.onSpinWait();
        }
        return running;
    }

    private int waitingFor(int pid) throws SQLException {
        try (Statement statement = observer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT cardinality(pg_blocking_pids(" + pid + "))")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String book(long creator, String start, String end) {
        return db.queryColumn("INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, "
                + "date, start_time, end_time, status, total_price) VALUES ('" + ORGANIZATION + "', '" + club + "', '"
                + court + "', " + creator + ", '" + DATE + "', '" + start + "', '" + end + "', 'confirmed', 900.50) "
                + "RETURNING id").get(0);
    }

    private String insert(Long creator, String status) {
        return "INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                + "start_time, end_time, status, price_per_hour) VALUES ('" + ORGANIZATION + "', '" + club + "', '"
                + court + "', " + creator + ", '" + DATE + "', '12:00', '13:00', '" + status + "', 400.00)";
    }

    private static String createProfile(long user) {
        return "INSERT INTO clients_clientprofile (user_id, organization_id, created_at) VALUES (" + user + ", '"
                + ORGANIZATION + "', TIMESTAMPTZ '" + PROFILE_CREATED_AT + "')";
    }

    private String profileCreatedAt(long customer) {
        return db.queryColumn("SELECT coalesce(to_char(profile_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
                + "|| '+00', 'no profile') FROM bff_club_customers WHERE club_id = '" + club + "' AND user_id = "
                + customer).get(0);
    }

    private static String cancel(String id) {
        return "UPDATE reservations_reservation SET status = 'cancelled' WHERE id = '" + id + "'";
    }

    private String bookedDays(long creator) {
        return db.queryColumn("SELECT booked_days FROM bff_club_customers WHERE club_id = '" + club + "' AND user_id = "
                + creator).get(0);
    }

    private void assertRollupsEqualRecomputation() {
        assertThat(db.queryColumn(RollupMaintenanceIT.ACTUAL_DAY_SUMS))
                .containsExactlyInAnyOrderElementsOf(db.queryColumn(RollupMaintenanceIT.EXPECTED_DAY_SUMS));
        assertThat(db.queryColumn(RollupMaintenanceIT.ACTUAL_CUSTOMERS))
                .containsExactlyInAnyOrderElementsOf(db.queryColumn(RollupMaintenanceIT.EXPECTED_CUSTOMERS));
    }

    private Connection transaction() throws SQLException {
        Connection connection = db.connect();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        execute(connection, "SET statement_timeout = '10s'");
        connection.setAutoCommit(false);
        return connection;
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
