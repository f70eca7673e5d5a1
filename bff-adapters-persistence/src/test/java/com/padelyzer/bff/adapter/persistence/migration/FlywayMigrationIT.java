package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FlywayMigrationIT {

    private static TestDatabase db;
    private static MigrateResult result;

    @BeforeAll
    static void migrate_an_empty_database() {
        db = TestDatabase.createEmpty();
        result = db.migrate();
    }

    @Test
    void applies_the_ten_migrations_in_order_to_an_empty_database() {
        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(db.queryColumn("SELECT version || ':' || type || ':' || success FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("1:SQL:true", "2:SQL:true", "3:SQL:true", "4:SQL:true", "5:SQL:true",
                        "6:SQL:true", "7:SQL:true", "8:SQL:true", "9:SQL:true", "10:SQL:true");
    }

    @Test
    void creates_every_padelyzer_table_our_club_membership_table_and_the_two_rollup_tables() {
        assertThat(db.queryColumn("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'"))
                .containsExactlyInAnyOrder("root_organization", "authentication_user",
                        "authentication_organizationmembership", "authentication_blacklistedtoken",
                        "clubs_club", "clubs_court", "clubs_schedule", "clubs_clubmembership",
                        "reservations_reservation", "reservations_blockedslot", "clients_clientprofile",
                        "bff_reservation_day_sums", "bff_club_customers");
    }

    @Test
    void gives_every_column_the_type_nullability_and_default_of_the_schema() throws IOException {
        List<String> actual = db.queryColumn("""
                SELECT c.relname || '.' || a.attname || ' | ' || format_type(a.atttypid, a.atttypmod) || ' | '
                       || CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END || ' | '
                       || coalesce(CASE a.attgenerated WHEN 's' THEN 'generated ' ELSE '' END || pg_get_expr(d.adbin, d.adrelid),
                                   CASE WHEN a.attidentity = 'd' THEN 'identity by default' ELSE '' END)
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                  AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY c.relname, a.attnum""").stream().map(String::strip).toList();

        assertThat(actual).containsExactlyElementsOf(expectedColumns());
    }

    @Test
    void defaults_every_uuid_id_to_gen_random_uuid_and_the_user_id_to_an_identity() {
        assertThat(db.queryColumn("SELECT table_name || ':' || data_type || ':' || coalesce(column_default, identity_generation) "
                + "FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' "
                + "AND table_name <> 'flyway_schema_history' ORDER BY table_name"))
                .hasSize(11)
                .allSatisfy(row -> assertThat(row).matches(".*:(uuid:gen_random_uuid\\(\\)|bigint:BY DEFAULT)"))
                .contains("authentication_user:bigint:BY DEFAULT");
    }

    @Test
    void declares_the_unique_constraints_of_the_schema() {
        assertThat(db.queryColumn("SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE contype = 'u' AND connamespace = 'public'::regnamespace"))
                .containsExactlyInAnyOrder(
                        "authentication_user UNIQUE (email)",
                        "authentication_organizationmembership UNIQUE (user_id, organization_id)",
                        "clubs_club UNIQUE (slug)",
                        "clubs_clubmembership UNIQUE (user_id, club_id)",
                        "authentication_blacklistedtoken UNIQUE (jti)",
                        "clients_clientprofile UNIQUE (user_id)");
    }

    @Test
    void declares_foreign_keys_only_where_the_schema_says_fk() {
        assertThat(db.queryColumn("SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE contype = 'f' AND connamespace = 'public'::regnamespace"))
                .containsExactlyInAnyOrder(
                        "authentication_organizationmembership FOREIGN KEY (user_id) REFERENCES authentication_user(id)",
                        "authentication_organizationmembership FOREIGN KEY (organization_id) REFERENCES root_organization(id)",
                        "clubs_club FOREIGN KEY (organization_id) REFERENCES root_organization(id)",
                        "clubs_court FOREIGN KEY (club_id) REFERENCES clubs_club(id)",
                        "clubs_court FOREIGN KEY (organization_id) REFERENCES root_organization(id)");
    }

    @Test
    void creates_the_eight_bff_indexes_with_their_exact_columns_and_all_valid() {
        assertThat(db.queryColumn("SELECT regexp_replace(indexdef, ' ON public\\.| USING btree', ' ', 'g') "
                + "FROM pg_indexes WHERE indexname LIKE 'idx_bff_%'"))
                .containsExactlyInAnyOrder(
                        "CREATE INDEX idx_bff_reservations_availability reservations_reservation  (club_id, date, status, court_id) INCLUDE (start_time, end_time)",
                        "CREATE INDEX idx_bff_reservations_analytics reservations_reservation  (club_id, status, date, created_by_id) "
                                + "INCLUDE (is_active, court_id, start_time, end_time, price_per_hour, total_price)",
                        "CREATE INDEX idx_bff_reservations_time_slots reservations_reservation  (court_id, date, start_time, end_time) "
                                + "WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'confirmed'::character varying])::text[]))",
                        "CREATE INDEX idx_bff_clubs_organization clubs_club  (organization_id, is_active)",
                        "CREATE INDEX idx_bff_courts_club_active clubs_court  (club_id, is_active, is_maintenance)",
                        "CREATE INDEX idx_bff_user_memberships authentication_organizationmembership  (user_id, organization_id, is_active, role)",
                        "CREATE INDEX idx_bff_club_schedules clubs_schedule  (club_id, weekday, is_active)",
                        "CREATE INDEX idx_bff_slots_blocked_club_end reservations_blockedslot  (club_id, end_datetime)");
        assertThat(db.queryColumn("SELECT c.relname || ':' || i.indisvalid || ':' || i.indisready FROM pg_index i "
                + "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'idx_bff_%'"))
                .hasSize(8)
                .allSatisfy(row -> assertThat(row).endsWith(":true:true"));
    }

    @Test
    void watches_every_table_an_answer_depends_on_with_statement_level_triggers() {
        assertThat(db.queryColumn("SELECT tgrelid::regclass || ' ' || tgname FROM pg_trigger "
                + "WHERE NOT tgisinternal AND tgname LIKE 'bff_%' AND (tgtype & 1) = 1"))
                .as("row-level triggers").isEmpty();
        assertThat(db.queryColumn("SELECT tgrelid::regclass || ':' || string_agg(tgname, ',' ORDER BY tgname) "
                + "FROM pg_trigger WHERE NOT tgisinternal GROUP BY tgrelid"))
                .containsExactlyInAnyOrder(Stream.of("reservations_reservation", "reservations_blockedslot", "clubs_court",
                                "clubs_schedule", "clubs_club", "clubs_clubmembership",
                                "authentication_organizationmembership", "authentication_user", "root_organization",
                                "clients_clientprofile", "authentication_blacklistedtoken")
                        .map(table -> table + ":bff_changes_delete,bff_changes_insert,bff_changes_truncate,bff_changes_update"
                                + (table.equals("reservations_reservation")
                                   ? ",bff_rollup_delete,bff_rollup_insert,bff_rollup_truncate,bff_rollup_update"
                                   : table.equals("clients_clientprofile")
                                   ? ",bff_rollup_profile_delete,bff_rollup_profile_insert,bff_rollup_profile_truncate,"
                                     + "bff_rollup_profile_update"
                                   : ""))
                        .toArray(String[]::new));
    }

    private static List<String> expectedColumns() throws IOException {
        try (InputStream in = FlywayMigrationIT.class.getResourceAsStream("/schema/expected-columns.txt")) {
            assertThat(in).as("schema/expected-columns.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }
}
