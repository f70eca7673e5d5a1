package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** An existing Padelyzer database is baselined at version 1; only our additions, indexes and triggers then run. */
class ExistingPadelyzerDatabaseIT {

    private static final String CLUB_ID = "7d1f4a52-0000-4000-8000-000000000001";

    private static TestDatabase db;
    private static MigrateResult result;

    @BeforeAll
    static void migrate_a_database_that_already_holds_the_padelyzer_tables() throws IOException {
        db = TestDatabase.createEmpty();
        db.execute(baselineSql());
        db.execute("""
                INSERT INTO root_organization (id, business_name, trade_name)
                    VALUES ('7d1f4a52-0000-4000-8000-0000000000aa', 'Padel Norte SA de CV', 'Padel Norte');
                INSERT INTO clubs_club (id, organization_id, name, slug)
                    VALUES ('%s', '7d1f4a52-0000-4000-8000-0000000000aa', 'Norte Centro', 'norte-centro');
                INSERT INTO clubs_court (club_id, organization_id, name)
                    VALUES ('%s', '7d1f4a52-0000-4000-8000-0000000000aa', 'Pista 1');
                INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date,
                                                      start_time, end_time, status, total_price)
                    SELECT organization_id, club_id, id, 7, DATE '2026-11-20', TIME '18:00', TIME '19:30',
                           'confirmed', 500 FROM clubs_court;
                INSERT INTO clients_clientprofile (user_id, organization_id, created_at)
                    VALUES (7, '7d1f4a52-0000-4000-8000-0000000000aa', TIMESTAMPTZ '2026-11-02 10:00:00+00');
                """.formatted(CLUB_ID, CLUB_ID));

        result = db.flywayConfiguration().baselineOnMigrate(true).baselineVersion("1").load().migrate();
    }

    @Test
    void records_version_one_as_the_baseline_and_applies_only_versions_two_to_ten() {
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(9);
        assertThat(db.queryColumn("SELECT version || ':' || type || ':' || success FROM flyway_schema_history "
                + "ORDER BY installed_rank"))
                .containsExactly("1:BASELINE:true", "2:SQL:true", "3:SQL:true", "4:SQL:true", "5:SQL:true",
                        "6:SQL:true", "7:SQL:true", "8:SQL:true", "9:SQL:true", "10:SQL:true");
    }

    @Test
    void keeps_the_rows_that_were_there_and_gives_them_our_column_defaults() {
        assertThat(db.queryColumn("SELECT name || ':' || coalesce(timezone, 'null') FROM clubs_club WHERE id = '" + CLUB_ID + "'"))
                .containsExactly("Norte Centro:null");
        assertThat(db.queryColumn("SELECT name || ':' || slot_offset_minutes FROM clubs_court WHERE club_id = '" + CLUB_ID + "'"))
                .containsExactly("Pista 1:0");
    }

    @Test
    void adds_our_club_membership_table_and_the_eight_valid_indexes() {
        assertThat(db.queryColumn("SELECT to_regclass('clubs_clubmembership')::text")).containsExactly("clubs_clubmembership");
        assertThat(db.queryColumn("SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname LIKE 'idx_bff_%'"))
                .hasSize(8)
                .containsOnly("true");
    }

    @Test
    void back_fills_the_analytics_rollups_from_the_reservations_already_there() {
        assertThat(db.queryColumn("SELECT club_id || ' ' || date || ' ' || reservations || ' ' || minutes || ' ' "
                + "|| full_prices || ' ' || pending FROM bff_reservation_day_sums"))
                .containsExactly(CLUB_ID + " 2026-11-20 1 90 500.00 false");
        assertThat(db.queryColumn("SELECT club_id || ' ' || user_id || ' ' || booked_days || ' ' "
                + "|| (profile_created_at AT TIME ZONE 'UTC') FROM bff_club_customers"))
                .containsExactly(CLUB_ID + " 7 {[2026-11-20,2026-11-21)} 2026-11-02 10:00:00");
    }

    @Test
    void adds_the_change_triggers_and_running_their_script_again_replaces_them() throws IOException {
        String triggers = "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'bff_changes_%'";
        assertThat(db.queryColumn(triggers)).containsExactly("44");

        db.execute("BEGIN;\n" + script("V4__bff_change_notifications.sql") + "\nCOMMIT;");

        assertThat(db.queryColumn(triggers)).containsExactly("44");
    }

    @Test
    void running_the_notification_times_script_again_keeps_the_triggers_and_their_functions() throws IOException {
        String triggers = "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'bff_changes_%'";

        db.execute("BEGIN;\n" + script("V5__bff_change_notification_times.sql") + "\nCOMMIT;");

        assertThat(db.queryColumn(triggers)).containsExactly("44");
        assertThat(db.queryColumn("SELECT count(*) FROM pg_proc WHERE proname = 'bff_changes_written_at'"))
                .containsExactly("1");
    }

    @Test
    void migrating_again_applies_nothing() {
        MigrateResult again = db.flywayConfiguration().baselineOnMigrate(true).baselineVersion("1").load().migrate();

        assertThat(again.migrationsExecuted).isZero();
    }

    private static String baselineSql() throws IOException {
        return script("V1__padelyzer_baseline.sql");
    }

    private static String script(String name) throws IOException {
        try (InputStream in = ExistingPadelyzerDatabaseIT.class.getResourceAsStream("/db/migration/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
