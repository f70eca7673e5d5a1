package com.padelyzer.bff.app.demo;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataLoaderIT {

    /** 18:00 in Mexico City on Wednesday 2026-03-04: today has both finished and upcoming slots. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC);
    private static final String TODAY = "DATE '2026-03-04'";
    private static final List<String> STATUSES = List.of("pending", "confirmed", "completed", "cancelled", "no_show");

    private static TestDatabase db;
    private static DemoUsers users;

    @BeforeAll
    static void load_the_demo_data_into_a_fresh_migrated_database() {
        db = TestDatabase.createEmpty();
        db.migrate();
        long started = System.nanoTime();
        users = new DemoDataLoader(db.dataSource(), CLOCK).load();
        System.out.printf("demo data loaded in %d ms (printed, not asserted: a shared machine times nothing)%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Test
    void creates_organizations_of_every_type_six_clubs_and_forty_courts() {
        assertThat(db.queryColumn("SELECT DISTINCT type FROM root_organization")).containsExactlyInAnyOrder("club", "chain", "franchise");
        assertThat(count("clubs_club")).isEqualTo(6);
        assertThat(count("clubs_court")).isGreaterThanOrEqualTo(40);
        assertThat(db.queryColumn("SELECT coalesce(timezone, 'default') FROM clubs_club"))
                .containsOnly("Europe/Madrid", "default").containsOnlyOnce("Europe/Madrid");
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_club WHERE address ?& ARRAY['street', 'city', 'state', 'postal_code']"))
                .containsExactly("6");
    }

    @Test
    void has_one_court_under_maintenance_one_staggered_court_and_varied_prices_and_surfaces() {
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_court WHERE is_maintenance")).containsExactly("1");
        assertThat(db.queryColumn("SELECT slot_offset_minutes FROM clubs_court WHERE slot_offset_minutes <> 0")).containsExactly("30");
        assertThat(db.queryColumn("SELECT count(DISTINCT price_per_hour) > 4 FROM clubs_court")).containsExactly("t");
        assertThat(db.queryColumn("SELECT DISTINCT surface_type FROM clubs_court")).containsExactlyInAnyOrder("glass", "wall", "mesh", "mixed");
    }

    @Test
    void gives_every_club_a_week_with_a_closed_day_and_a_shortened_day_somewhere() {
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_schedule GROUP BY club_id")).hasSize(6).containsOnly("7");
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_schedule WHERE is_closed")).isNotEqualTo(List.of("0"));
        assertThat(db.queryColumn("SELECT count(*) FROM clubs_schedule s JOIN clubs_club c ON c.id = s.club_id "
                + "WHERE NOT s.is_closed AND (s.closing_time - s.opening_time) < (c.closing_time - c.opening_time)"))
                .isNotEqualTo(List.of("0"));
    }

    @Test
    void books_every_status_both_before_today_and_from_today_on_over_ninety_past_and_fourteen_future_days() {
        assertThat(db.queryColumn("SELECT DISTINCT status FROM reservations_reservation WHERE date < " + TODAY))
                .containsExactlyInAnyOrderElementsOf(STATUSES);
        assertThat(db.queryColumn("SELECT DISTINCT status FROM reservations_reservation WHERE date >= " + TODAY))
                .containsExactlyInAnyOrderElementsOf(STATUSES);
        assertThat(db.queryColumn("SELECT DISTINCT status FROM reservations_reservation WHERE date > " + TODAY))
                .containsExactlyInAnyOrder("pending", "confirmed", "cancelled");
        assertThat(db.queryColumn("SELECT min(date) || '..' || max(date) FROM reservations_reservation r "
                + "JOIN clubs_club c ON c.id = r.club_id WHERE c.timezone IS NULL"))
                .containsExactly("2025-12-04..2026-03-17");
        assertThat(db.queryColumn("SELECT count(*) FROM reservations_reservation WHERE total_price = 0 AND price_per_hour IS NULL"))
                .isNotEqualTo(List.of("0"));
    }

    @Test
    void blocks_single_courts_and_whole_clubs() {
        assertThat(db.queryColumn("SELECT DISTINCT court_id IS NULL FROM reservations_blockedslot")).containsExactlyInAnyOrder("t", "f");
    }

    @Test
    void has_users_with_every_platform_flag_organization_role_and_club_role() {
        assertThat(db.queryColumn("SELECT count(*) FROM authentication_user WHERE is_superuser")).containsExactly("1");
        assertThat(db.queryColumn("SELECT is_staff FROM authentication_user WHERE id = " + users.staffUserId())).containsExactly("t");
        assertThat(db.queryColumn("SELECT DISTINCT role FROM authentication_organizationmembership"))
                .containsExactlyInAnyOrder("root_admin", "org_admin", "billing", "support");
        assertThat(db.queryColumn("SELECT DISTINCT role FROM clubs_clubmembership")).containsExactlyInAnyOrder("owner", "admin", "staff", "member");
        assertThat(db.queryColumn("SELECT role FROM clubs_clubmembership WHERE user_id = " + users.clubMemberUserId()
                + " AND club_id = '" + users.demoClubId() + "'")).containsExactly("member");
        assertThat(db.queryColumn("SELECT count(*) FROM authentication_user WHERE NOT is_active")).containsExactly("1");
        assertThat(db.queryColumn("SELECT count(*) FROM authentication_blacklistedtoken")).containsExactly("1");
    }

    @Test
    void has_a_user_in_two_organizations_whose_current_organization_is_one_of_them() {
        assertThat(db.queryColumn("SELECT count(*) FROM authentication_user u WHERE u.current_organization_id IN "
                + "(SELECT organization_id FROM authentication_organizationmembership m WHERE m.user_id = u.id) "
                + "AND (SELECT count(*) FROM authentication_organizationmembership m WHERE m.user_id = u.id) = 2"))
                .containsExactly("1");
    }

    @Test
    void has_client_profiles_some_of_them_created_in_the_last_thirty_days() {
        assertThat(db.queryColumn("SELECT count(*) > 0 FROM clients_clientprofile "
                + "WHERE created_at > TIMESTAMPTZ '2026-03-05 00:00Z' - INTERVAL '30 days'")).containsExactly("t");
        assertThat(db.queryColumn("SELECT count(*) > 0 FROM clients_clientprofile "
                + "WHERE created_at < TIMESTAMPTZ '2026-03-05 00:00Z' - INTERVAL '30 days'")).containsExactly("t");
    }

    @Test
    void loads_identical_rows_into_another_database_and_nothing_more_when_called_again() {
        TestDatabase other = TestDatabase.createEmpty();
        other.migrate();
        new DemoDataLoader(other.dataSource(), CLOCK).load();
        DemoUsers again = new DemoDataLoader(other.dataSource(), CLOCK).load();

        assertThat(again).isEqualTo(users);
        assertThat(DemoDataDigest.of(other)).isEqualTo(DemoDataDigest.of(db));
    }

    private static int count(String table) {
        return Integer.parseInt(db.queryColumn("SELECT count(*) FROM " + table).get(0));
    }
}
