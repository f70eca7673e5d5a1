package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

import java.util.UUID;

/** Inserts fixture rows with plain SQL; every name and id is unique, so tests share the database safely. */
final class Fixtures {

    private final TestDatabase db;

    Fixtures(TestDatabase db) {
        this.db = db;
    }

    UUID organization(String tradeName) {
        return uuid("INSERT INTO root_organization (business_name, trade_name, primary_email, state, created_at) "
                + "VALUES ('" + tradeName + " S.A.', '" + tradeName + "', 'hola@" + unique() + ".mx', 'active', "
                + "'2025-01-02T03:04:05.123456Z') RETURNING id");
    }

    long user(UUID currentOrganization) {
        return Long.parseLong(first("INSERT INTO authentication_user (email, first_name, last_name, is_staff, "
                + "phone, language, current_organization_id, date_joined, last_login) VALUES ('u" + unique()
                + "@example.mx', 'Ana', 'Pérez', true, '+525512345678', 'es-mx', " + literal(currentOrganization)
                + ", '2025-02-01T10:00:00Z', NULL) RETURNING id"));
    }

    void organizationMembership(long user, UUID organization, String role, boolean active, String joinedAt) {
        db.execute("INSERT INTO authentication_organizationmembership (user_id, organization_id, role, is_active, "
                + "joined_at) VALUES (" + user + ", '" + organization + "', '" + role + "', " + active + ", '"
                + joinedAt + "')");
    }

    UUID club(UUID organization, boolean active, String timezone) {
        return uuid("INSERT INTO clubs_club (organization_id, name, slug, address, opening_time, closing_time, "
                + "timezone, is_active) VALUES ('" + organization + "', 'Club " + unique() + "', 'club-" + unique()
                + "', '{\"street\": \"Reforma 1\", \"city\": \"CDMX\", \"floor\": 2, \"gated\": true}', '08:00', "
                + "'22:00', " + (timezone == null ? "NULL" : "'" + timezone + "'") + ", " + active + ") RETURNING id");
    }

    void clubMembership(long user, UUID club, String role, boolean active, String createdAt) {
        db.execute("INSERT INTO clubs_clubmembership (user_id, club_id, role, is_active, created_at) VALUES ("
                + user + ", '" + club + "', '" + role + "', " + active + ", '" + createdAt + "')");
    }

    UUID court(UUID club, UUID organization, int number, boolean active, boolean maintenance, String price) {
        return uuid("INSERT INTO clubs_court (club_id, organization_id, name, number, surface_type, is_active, "
                + "is_maintenance, price_per_hour, slot_offset_minutes) VALUES ('" + club + "', '" + organization
                + "', 'Pista " + number + "', " + number + ", 'mesh', " + active + ", " + maintenance + ", " + price
                + ", 30) RETURNING id");
    }

    void schedule(UUID club, UUID organization, int weekday, String opens, String closes, boolean closed,
                  boolean active) {
        db.execute("INSERT INTO clubs_schedule (club_id, organization_id, weekday, opening_time, closing_time, "
                + "is_closed, is_active) VALUES ('" + club + "', '" + organization + "', " + weekday + ", '" + opens
                + "', '" + closes + "', " + closed + ", " + active + ")");
    }

    UUID reservation(UUID club, UUID organization, UUID court, Long createdBy, String date, String start, String end,
                     String status, boolean active) {
        return uuid("INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                + "start_time, end_time, status, is_active, price_per_hour, total_price) VALUES ('" + organization
                + "', '" + club + "', '" + court + "', " + createdBy + ", '" + date + "', '" + start + "', '" + end
                + "', '" + status + "', " + active + ", NULL, 900.50) RETURNING id");
    }

    UUID blockedSlot(UUID club, UUID organization, UUID court, String start, String end, boolean active) {
        return uuid("INSERT INTO reservations_blockedslot (organization_id, club_id, court_id, start_datetime, "
                + "end_datetime, reason, is_active) VALUES ('" + organization + "', '" + club + "', "
                + literal(court) + ", '" + start + "', '" + end + "', 'maintenance', " + active + ") RETURNING id");
    }

    void clientProfile(long user, UUID organization, String createdAt) {
        db.execute("INSERT INTO clients_clientprofile (user_id, organization_id, created_at) VALUES (" + user
                + ", '" + organization + "', '" + createdAt + "')");
    }

    void blacklist(String jti, long user) {
        db.execute("INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at) VALUES ('" + jti
                + "', " + user + ", now() + interval '1 day')");
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private UUID uuid(String insertReturningId) {
        return UUID.fromString(first(insertReturningId));
    }

    private String first(String sql) {
        return db.queryColumn(sql).get(0);
    }

    private static String literal(UUID id) {
        return id == null ? "NULL" : "'" + id + "'";
    }
}
