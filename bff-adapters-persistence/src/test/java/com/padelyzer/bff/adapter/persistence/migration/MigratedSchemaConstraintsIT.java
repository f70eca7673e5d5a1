package com.padelyzer.bff.adapter.persistence.migration;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the migrated schema computes and refuses, tried with real rows inside rolled-back transactions. */
class MigratedSchemaConstraintsIT {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String RESERVATION = "INSERT INTO reservations_reservation "
            + "(organization_id, club_id, court_id, date, start_time, end_time) "
            + "VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), DATE '2026-03-02', ";

    private final TestDatabase db = TestDatabase.shared();

    @Test
    void computes_duration_minutes_of_ninety_for_a_reservation_from_eight_to_half_past_nine() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                var rows = s.executeQuery(RESERVATION + "TIME '08:00', TIME '09:30') RETURNING duration_minutes, status, total_price");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(90);
                assertThat(rows.getString(2)).isEqualTo("pending");
                assertThat(rows.getBigDecimal(3)).isEqualByComparingTo("0");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void rejects_a_reservation_that_does_not_start_before_it_ends() {
        assertRejected(RESERVATION + "TIME '10:00', TIME '10:00')", CHECK_VIOLATION);
        assertRejected(RESERVATION + "TIME '11:00', TIME '10:00')", CHECK_VIOLATION);
    }

    @Test
    void rejects_a_blocked_slot_that_ends_before_it_starts() {
        assertRejected("INSERT INTO reservations_blockedslot (organization_id, club_id, start_datetime, end_datetime) "
                + "VALUES (gen_random_uuid(), gen_random_uuid(), TIMESTAMPTZ '2026-03-02 12:00Z', TIMESTAMPTZ '2026-03-02 11:00Z')",
                CHECK_VIOLATION);
    }

    @Test
    void rejects_a_club_membership_role_outside_owner_admin_staff_member() {
        assertRejected("INSERT INTO clubs_clubmembership (user_id, club_id, role) VALUES (1, gen_random_uuid(), 'guest')",
                CHECK_VIOLATION);
    }

    @Test
    void rejects_a_slot_offset_outside_zero_to_two_hundred_thirty_nine_minutes() {
        String court = "WITH o AS (INSERT INTO root_organization (business_name, trade_name) VALUES ('o', 'o') RETURNING id), "
                + "k AS (INSERT INTO clubs_club (organization_id, name, slug) SELECT id, 'k', 'k-offset' FROM o RETURNING id, organization_id) "
                + "INSERT INTO clubs_court (club_id, organization_id, name, slot_offset_minutes) SELECT id, organization_id, 'c', ";
        assertRejected(court + "240 FROM k", CHECK_VIOLATION);
        assertRejected(court + "-1 FROM k", CHECK_VIOLATION);
    }

    @Test
    void rejects_a_second_user_with_the_same_email() {
        assertRejected("INSERT INTO authentication_user (email) VALUES ('same@example.com'), ('same@example.com')",
                UNIQUE_VIOLATION);
    }

    private void assertRejected(String sql, String sqlState) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
