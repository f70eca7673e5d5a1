package com.padelyzer.bff.app.demo;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The large generator at a small scale (3 organizations, 6 clubs, 2 courts, 2 months, 200 users), through its command. */
class ScaleDataGeneratorIT {

    private static final String TODAY = "2026-03-04";
    private static final String FIRST_DAY = "DATE '2026-02-01'";
    private static final String END_DAY = "DATE '2026-04-01'";
    private static final List<String> SMALL = List.of("--size", "large", "--organizations", "3", "--clubs", "6",
            "--courts-per-club", "2", "--months", "2", "--users", "200", "--today", TODAY);

    private static TestDatabase db;
    private static String output;

    @BeforeAll
    static void generate_a_small_network_into_an_empty_database() {
        db = TestDatabase.createEmpty();
        output = generate(db, SMALL, 0);
        System.out.print(output);
    }

    @Test
    void migrates_the_empty_database_and_reports_every_phase_with_its_time_and_the_rows_per_table() {
        assertThat(db.queryColumn("SELECT count(*) FROM flyway_schema_history WHERE success")).isNotEqualTo(List.of("0"));
        assertThat(output).contains("migrations", "reservations: ", "blocked slots: ", "vacuum analyze", "done in ")
                .containsPattern("reservations_reservation +[0-9,]+ rows");
    }

    @Test
    void leaves_the_reservation_indexes_and_the_change_trigger_as_the_migrations_made_them() {
        assertThat(db.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'reservations_reservation' "
                + "AND indexname LIKE 'idx_bff_%'")).containsExactlyInAnyOrder("idx_bff_reservations_availability",
                "idx_bff_reservations_analytics", "idx_bff_reservations_time_slots");
        assertThat(db.queryColumn("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname LIKE 'idx_bff_reservations_%' AND i.indisvalid")).containsExactly("3");
        assertThat(db.queryColumn("SELECT tgenabled FROM pg_trigger WHERE tgname = 'bff_changes_insert' "
                + "AND tgrelid = 'reservations_reservation'::regclass")).containsExactly("O");
    }

    @Test
    void writes_as_many_organizations_clubs_courts_schedules_users_and_clients_as_asked() {
        assertThat(count("root_organization")).isEqualTo(3);
        assertThat(count("clubs_club")).isEqualTo(6);
        assertThat(count("clubs_court")).isEqualTo(12);
        assertThat(count("clubs_schedule")).isEqualTo(42);
        assertThat(count("authentication_user")).isEqualTo(200);
        // 200 users: a superuser, 3 organization admins, owner, admin and staff of 6 clubs, 178 clients
        assertThat(count("clients_clientprofile")).isEqualTo(178);
        assertThat(count("clubs_clubmembership")).isEqualTo(18 + 178);
        assertThat(db.queryColumn("SELECT count(DISTINCT organization_id) FROM clubs_club")).containsExactly("3");
        assertThat(db.queryColumn("SELECT min(n) || '..' || max(n) FROM (SELECT count(*) AS n FROM clients_clientprofile "
                + "GROUP BY organization_id) AS per_organization")).containsExactly("59..60");
        assertThat(count("reservations_reservation")).isGreaterThan(1_000);
        assertThat(db.queryColumn("SELECT nextval(pg_get_serial_sequence('authentication_user', 'id'))")).containsExactly("201");
    }

    @Test
    void books_no_court_twice_at_the_same_time() {
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation a JOIN reservations_reservation b "
                + "ON b.court_id = a.court_id AND b.date = a.date AND b.id > a.id "
                + "AND a.start_time < b.end_time AND b.start_time < a.end_time")).containsExactly("0");
    }

    @Test
    void books_within_the_window_on_open_days_inside_the_hours_on_a_court_of_the_club_and_its_organization() {
        assertThat(db.queryColumn("SELECT min(date) >= " + FIRST_DAY + " AND max(date) < " + END_DAY
                + " FROM reservations_reservation")).containsExactly("t");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation r WHERE NOT EXISTS ("
                + "SELECT 1 FROM clubs_schedule s WHERE s.club_id = r.club_id AND s.organization_id = r.organization_id "
                + "AND s.weekday = extract(isodow FROM r.date) - 1 AND NOT s.is_closed "
                + "AND s.opening_time <= r.start_time AND r.end_time <= s.closing_time)")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation r WHERE NOT EXISTS ("
                + "SELECT 1 FROM clubs_court k JOIN clubs_club c ON c.id = k.club_id WHERE k.id = r.court_id "
                + "AND k.club_id = r.club_id AND c.organization_id = r.organization_id "
                + "AND k.organization_id = r.organization_id)")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_schedule WHERE is_closed")).containsExactly("0");
    }

    @Test
    void lets_only_members_of_the_club_or_its_organization_book_and_prices_from_the_court() {
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation r WHERE r.created_by_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM clubs_clubmembership m WHERE m.user_id = r.created_by_id AND m.club_id = r.club_id) "
                + "AND NOT EXISTS (SELECT 1 FROM authentication_organizationmembership m "
                + "WHERE m.user_id = r.created_by_id AND m.organization_id = r.organization_id)")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation r JOIN clubs_court k ON k.id = r.court_id "
                + "WHERE r.price_per_hour <> k.price_per_hour "
                + "OR r.total_price <> round(k.price_per_hour * r.duration_minutes / 60, 2)")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation r JOIN clients_clientprofile p "
                + "ON p.user_id = r.created_by_id WHERE (p.created_at AT TIME ZONE 'America/Mexico_City')::date > r.date")).containsExactly("0");
    }

    @Test
    void mixes_statuses_played_before_today_and_upcoming_from_today_on() {
        assertThat(db.queryColumn("SELECT DISTINCT status FROM reservations_reservation WHERE date < DATE '" + TODAY + "'"))
                .containsExactlyInAnyOrder("completed", "cancelled", "no_show", "confirmed", "pending");
        assertThat(db.queryColumn("SELECT DISTINCT status FROM reservations_reservation WHERE date >= DATE '" + TODAY + "'"))
                .containsExactlyInAnyOrder("confirmed", "pending", "cancelled");
        assertThat(db.queryColumn("SELECT count(*) FILTER (WHERE status = 'completed') * 2 > count(*) "
                + "FROM reservations_reservation WHERE date < DATE '" + TODAY + "'")).containsExactly("t");
    }

    @Test
    void fills_weekday_evenings_more_than_weekday_mornings() {
        assertThat(db.queryColumn("SELECT count(*) FILTER (WHERE start_time >= TIME '18:00' AND start_time < TIME '22:00') "
                + "> 2 * count(*) FILTER (WHERE start_time >= TIME '09:00' AND start_time < TIME '16:00') "
                + "FROM reservations_reservation WHERE extract(isodow FROM date) < 6")).containsExactly("t");
    }

    @Test
    void blocks_courts_and_whole_clubs_inside_the_window_and_the_hours_with_nothing_booked_under_an_active_block() {
        assertThat(db.queryColumn("SELECT DISTINCT court_id IS NULL FROM reservations_blockedslot")).containsExactlyInAnyOrder("t", "f");
        assertThat(db.queryColumn("SELECT DISTINCT reason FROM reservations_blockedslot"))
                .contains("maintenance", "private_event", "tournament");
        String local = "AT TIME ZONE coalesce(c.timezone, 'America/Mexico_City')";
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_blockedslot b JOIN clubs_club c ON c.id = b.club_id "
                + "WHERE (b.start_datetime " + local + ")::date < " + FIRST_DAY
                + " OR (b.end_datetime " + local + ")::date >= " + END_DAY
                + " OR b.organization_id <> c.organization_id OR NOT EXISTS (SELECT 1 FROM clubs_schedule s "
                + "WHERE s.club_id = b.club_id AND s.weekday = extract(isodow FROM b.start_datetime " + local + ") - 1 "
                + "AND NOT s.is_closed AND s.opening_time <= (b.start_datetime " + local + ")::time "
                + "AND (b.end_datetime " + local + ")::time <= s.closing_time)")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_blockedslot b JOIN clubs_club c ON c.id = b.club_id "
                + "JOIN reservations_reservation r ON r.club_id = b.club_id AND (b.court_id IS NULL OR b.court_id = r.court_id) "
                + "WHERE b.is_active AND (r.date + r.start_time) < (b.end_datetime " + local + ") "
                + "AND (b.start_datetime " + local + ") < (r.date + r.end_time)")).containsExactly("0");
    }

    @Test
    void gives_the_same_rows_for_the_same_seed_and_other_rows_for_another() {
        TestDatabase same = TestDatabase.createEmpty();
        generate(same, SMALL, 0);
        TestDatabase other = TestDatabase.createEmpty();
        List<String> otherSeed = new ArrayList<>(SMALL);
        otherSeed.addAll(List.of("--seed", "7"));
        generate(other, otherSeed, 0);

        assertThat(DemoDataDigest.of(same)).isEqualTo(DemoDataDigest.of(db));
        assertThat(DemoDataDigest.of(other).get("reservations_reservation"))
                .isNotEqualTo(DemoDataDigest.of(db).get("reservations_reservation"));
        assertThat(DemoDataDigest.of(other).get("clubs_club")).isNotEqualTo(DemoDataDigest.of(db).get("clubs_club"));
    }

    @Test
    void refuses_a_database_that_already_has_data_and_leaves_it_as_it_was() {
        String before = DemoDataDigest.of(db).toString();

        assertThat(generate(db, SMALL, 1)).contains("already has organizations");
        assertThat(DemoDataDigest.of(db).toString()).isEqualTo(before);
    }

    @Test
    void refuses_bad_arguments_with_the_usage() {
        assertThat(generate(db, List.of("--size", "huge"), 2)).contains("usage:");
        assertThat(generate(db, List.of("--size", "large", "--clubs", "2", "--organizations", "3"), 2))
                .contains("at least one club per organization");
    }

    @Test
    void loads_the_demo_data_set_as_its_smallest_size() {
        TestDatabase demo = TestDatabase.createEmpty();
        generate(demo, List.of("--size", "demo"), 0);

        assertThat(demo.queryColumn("SELECT count(*) FROM clubs_club")).containsExactly("6");
        assertThat(demo.queryColumn("SELECT count(*) FROM clubs_court")).containsExactly("40");
        assertThat(demo.queryColumn("SELECT count(*) FROM clubs_clubmembership WHERE user_id = "
                + DemoDataLoader.demoUsers().clubOwnerUserId() + " AND club_id = '" + DemoDataLoader.demoUsers().demoClubId()
                + "' AND role = 'owner'")).containsExactly("1");
    }

    /** Runs the command against {@code target} (its URL appended to {@code args}) and returns what it printed. */
    private static String generate(TestDatabase target, List<String> args, int exitCode) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--db-url", target.jdbcUrl(), "--db-user", target.user(), "--db-password", target.password()));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = GenerateData.run(all.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isEqualTo(exitCode);
        return output;
    }

    private static int count(String table) {
        return Integer.parseInt(db.queryColumn("SELECT count(*) FROM " + table).get(0));
    }
}
