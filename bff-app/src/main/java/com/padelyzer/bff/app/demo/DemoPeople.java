package com.padelyzer.bff.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The demo users and what they may see: one of every platform flag, organization role and club role, a user
 * in two organizations, an inactive user, client profiles and a revoked token. User ids are fixed.
 */
final class DemoPeople {

    static final long SUPERUSER = 1;
    static final long PLATFORM_STAFF = 2;
    static final long ROOT_ADMIN = 3;
    static final long TWO_ORGANIZATION_ADMIN = 4;
    static final long BILLING = 5;
    static final long SUPPORT = 6;
    static final long CLUB_OWNER = 7;
    static final long CLUB_ADMIN = 8;
    static final long CLUB_STAFF = 9;
    static final long CLUB_MEMBER = 10;
    static final long INACTIVE = 11;
    static final long FIRST_CLIENT = 20;
    static final int CLIENT_COUNT = 40;

    private record User(long id, String email, String firstName, String lastName, boolean active, boolean staff,
                        boolean superuser, UUID currentOrganization) {
    }

    private static final List<User> STAFF = List.of(
            new User(SUPERUSER, "superuser@demo.padelyzer.mx", "Sofía", "Admin", true, true, true, null),
            new User(PLATFORM_STAFF, "staff@demo.padelyzer.mx", "Diego", "Soporte", true, true, false, null),
            new User(ROOT_ADMIN, "root.admin@demo.padelyzer.mx", "Lucía", "Norte", true, false, false, null),
            new User(TWO_ORGANIZATION_ADMIN, "two.orgs@demo.padelyzer.mx", "Mateo", "Doble", true, false, false,
                    DemoIds.organization(2)),
            new User(BILLING, "billing@demo.padelyzer.mx", "Valeria", "Cobros", true, false, false, null),
            new User(SUPPORT, "support@demo.padelyzer.mx", "Andrés", "Ayuda", true, false, false, null),
            new User(CLUB_OWNER, "club.owner@demo.padelyzer.mx", "Carmen", "Dueña", true, false, false, null),
            new User(CLUB_ADMIN, "club.admin@demo.padelyzer.mx", "Jorge", "Gerente", true, false, false, null),
            new User(CLUB_STAFF, "club.staff@demo.padelyzer.mx", "Paula", "Recepción", true, false, false, null),
            new User(CLUB_MEMBER, "club.member@demo.padelyzer.mx", "Hugo", "Socio", true, false, false, null),
            new User(INACTIVE, "inactive@demo.padelyzer.mx", "Elena", "Baja", false, false, false, null));

    static final String STAFF_EMAIL = STAFF.get((int) PLATFORM_STAFF - 1).email();
    static final String CLUB_MEMBER_EMAIL = STAFF.get((int) CLUB_MEMBER - 1).email();
    static final String CLUB_OWNER_EMAIL = STAFF.get((int) CLUB_OWNER - 1).email();
    static final String ORGANIZATION_ADMIN_EMAIL = STAFF.get((int) TWO_ORGANIZATION_ADMIN - 1).email();

    private static final String[] FIRST_NAMES = {"Ana", "Luis", "María", "Carlos", "Fernanda", "Javier", "Camila", "Ricardo"};
    private static final String[] LAST_NAMES = {"García", "Hernández", "López", "Martínez", "Pérez", "Sánchez", "Ramírez"};

    static String clientName(long userId) {
        int i = (int) (userId - FIRST_CLIENT);
        return FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[i % LAST_NAMES.length];
    }

    static String clientEmail(long userId) {
        return "client" + (userId - FIRST_CLIENT + 1) + "@demo.padelyzer.mx";
    }

    /** The club (1..6) a client plays at. */
    static int clubOfClient(long userId) {
        return (int) ((userId - FIRST_CLIENT) % 6) + 1;
    }

    void write(Connection connection, OffsetDateTime now, DemoCatalog catalog) throws SQLException {
        OffsetDateTime joined = now.minusDays(365);
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO authentication_user (id, email, first_name, "
                + "last_name, is_active, is_staff, is_superuser, last_login, date_joined, email_verified, phone, "
                + "current_organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (User u : STAFF) {
                rows.add(u.id(), u.email(), u.firstName(), u.lastName(), u.active(), u.staff(), u.superuser(),
                        now.minusHours(u.id()), joined, true, "+52 55 5200 00" + u.id(), u.currentOrganization(), joined, joined);
            }
            for (long id = FIRST_CLIENT; id < FIRST_CLIENT + CLIENT_COUNT; id++) {
                OffsetDateTime since = clientSince(id, now);
                String[] name = clientName(id).split(" ");
                rows.add(id, clientEmail(id), name[0], name[1], true, false, false, null, since, id % 3 == 0,
                        "+52 33 5300 " + (1000 + id), null, since, since);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('authentication_user', 'id'), "
                    + "(SELECT max(id) FROM authentication_user))");
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO authentication_organizationmembership (id, "
                + "user_id, organization_id, role, joined_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Object[][] memberships = {
                    {ROOT_ADMIN, 1, "root_admin"}, {TWO_ORGANIZATION_ADMIN, 1, "org_admin"},
                    {TWO_ORGANIZATION_ADMIN, 2, "org_admin"}, {BILLING, 2, "billing"}, {SUPPORT, 3, "support"},
                    {INACTIVE, 1, "support"}};
            for (int i = 0; i < memberships.length; i++) {
                rows.add(DemoIds.of("organization-membership", i), memberships[i][0],
                        DemoIds.organization((int) memberships[i][1]), memberships[i][2], joined, joined, joined);
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO clubs_clubmembership (id, user_id, club_id, "
                + "role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            Object[][] memberships = {
                    {CLUB_OWNER, 1, "owner"}, {CLUB_OWNER, 6, "owner"}, {CLUB_ADMIN, 1, "admin"},
                    {CLUB_STAFF, 1, "staff"}, {CLUB_MEMBER, 1, "member"}, {INACTIVE, 2, "member"}};
            for (int i = 0; i < memberships.length; i++) {
                rows.add(DemoIds.of("club-membership", i), memberships[i][0], DemoIds.club((int) memberships[i][1]),
                        memberships[i][2], joined, joined);
            }
            for (long id = FIRST_CLIENT; id < FIRST_CLIENT + CLIENT_COUNT; id += 2) {
                OffsetDateTime since = clientSince(id, now);
                rows.add(DemoIds.of("club-membership", (int) id), id, DemoIds.club(clubOfClient(id)), "member", since, since);
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO clients_clientprofile (id, user_id, "
                + "organization_id, club_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (long id = FIRST_CLIENT; id < FIRST_CLIENT + CLIENT_COUNT; id++) {
                DemoCatalog.Club club = catalog.clubs.get(clubOfClient(id) - 1);
                OffsetDateTime since = clientSince(id, now);
                rows.add(DemoIds.of("client-profile", (int) id), id, club.organizationId(),
                        id % 10 == 9 ? null : club.id(), since, since);
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO authentication_blacklistedtoken (id, jti, "
                + "user_id, token_expires_at, blacklisted_at, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            rows.add(DemoIds.of("blacklisted-token", 1), "demo-revoked-" + DemoIds.of("jti", 1), CLUB_MEMBER,
                    now.plusHours(12), now.minusHours(2), "logout");
        }
    }

    /** Every fourth client signed up within the last 30 days; the others months ago. */
    private static OffsetDateTime clientSince(long userId, OffsetDateTime now) {
        long i = userId - FIRST_CLIENT;
        return i % 4 == 0 ? now.minusDays(1 + i % 28).minusHours(i) : now.minusDays(60 + i * 5);
    }
}
