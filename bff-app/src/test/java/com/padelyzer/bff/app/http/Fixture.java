package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

import java.time.Instant;
import java.util.List;

/**
 * Hand-made data whose answers were computed by hand (see the expectations in the tests). "Now" is
 * {@link #NOW}: Wednesday 2026-03-18, 12:00 in Mexico City (UTC-6, no daylight saving since 2022).
 * <ul>
 *   <li>{@link #ANALYTICS_CLUB} (organization A): open 08:00-22:00, Saturday 09:00-13:00, Sunday closed; two
 *       bookable courts (400 and 500 per hour), one in maintenance, one inactive.</li>
 *   <li>{@link #AVAILABILITY_CLUB} (organization A, no time zone: the default): open 08:00-22:00, Sunday closed;
 *       courts A (400), B (500, slots start at :30), C (600); one in maintenance, one inactive.</li>
 *   <li>{@link #FOREIGN_CLUB} (organization B).</li>
 * </ul>
 */
final class Fixture {

    static final Instant NOW = Instant.parse("2026-03-18T18:00:00Z");

    static final String ORG_A = "0000000a-0000-4000-8000-000000000001";
    static final String ORG_B = "0000000b-0000-4000-8000-000000000001";
    static final String ANALYTICS_CLUB = "000000c1-0000-4000-8000-000000000001";
    static final String AVAILABILITY_CLUB = "000000c2-0000-4000-8000-000000000001";
    static final String FOREIGN_CLUB = "000000c3-0000-4000-8000-000000000001";
    static final String COURT_AN_A = "000000d1-0000-4000-8000-00000000000a";
    static final String COURT_AN_B = "000000d1-0000-4000-8000-00000000000b";
    static final String COURT_AV_A = "000000d2-0000-4000-8000-00000000000a";
    static final String COURT_AV_B = "000000d2-0000-4000-8000-00000000000b";
    static final String COURT_AV_C = "000000d2-0000-4000-8000-00000000000c";
    static final String COURT_AV_MAINTENANCE = "000000d2-0000-4000-8000-00000000000d";
    static final String COURT_AV_INACTIVE = "000000d2-0000-4000-8000-00000000000e";
    static final String COURT_FOREIGN = "000000d3-0000-4000-8000-00000000000f";

    static final long ANALYTICS_OWNER = 101;
    static final long ORG_A_ADMIN = 102;
    static final long AVAILABILITY_MEMBER = 103;
    static final long ORG_B_MEMBER = 104;
    static final long INACTIVE_USER = 105;
    static final long PLATFORM_STAFF = 106;
    static final long SUPERUSER = 107;
    static final long ANALYTICS_STAFF = 108;
    static final String REVOKED_JTI = "revoked-jti-0001";

    private Fixture() {
    }

    private static boolean loaded;

    /** The JVM's shared database with this fixture in it, loaded once. */
    static synchronized TestDatabase loaded() {
        TestDatabase database = TestDatabase.shared();
        if (!loaded) {
            load(database);
            loaded = true;
        }
        return database;
    }

    private static void load(TestDatabase database) {
        statements().forEach(database::execute);
    }

    /** The fixture as SQL, in order, for a migrated database of a test's own (a PostgreSQL the test stops). */
    static List<String> statements() {
        return List.of(ORGANIZATIONS_AND_USERS, CLUBS_AND_COURTS, ANALYTICS_RESERVATIONS, AVAILABILITY_DAY);
    }

    private static final String ORGANIZATIONS_AND_USERS = """
            INSERT INTO root_organization (id, type, business_name, trade_name, primary_email, primary_phone, state,
                                           created_at)
            VALUES ('0000000a-0000-4000-8000-000000000001', 'chain', 'Pádel A S.A. de C.V.', 'Pádel A',
                    'hola@padel-a.mx', '+52 55 1000 0000', 'active', '2025-01-10T12:00:00Z'),
                   ('0000000b-0000-4000-8000-000000000001', 'club', 'Pádel B S.C.', 'Pádel B', '', '', 'trial',
                    '2025-02-10T12:00:00Z');
            INSERT INTO authentication_user (id, email, first_name, last_name, is_active, is_staff, is_superuser,
                    last_login, date_joined, email_verified, two_factor_enabled, phone, timezone, language,
                    current_organization_id)
            VALUES (101, 'owner@a.mx', 'Olga', 'Dueña', true, false, false, '2026-03-17T10:00:00Z',
                    '2025-01-11T09:00:00Z', true, false, '+52 55 1111 1111', 'America/Mexico_City', 'es-mx', NULL),
                   (102, 'admin@a.mx', 'Ada', 'Admin', true, false, false, NULL, '2025-01-12T09:00:00Z', true, true,
                    '', 'America/Mexico_City', 'es-mx', '0000000a-0000-4000-8000-000000000001'),
                   (103, 'member@a.mx', 'Mateo', 'Socio', true, false, false, NULL, '2025-03-01T09:00:00Z', false,
                    false, '', 'America/Mexico_City', 'es-mx', NULL),
                   (104, 'member@b.mx', 'Berta', 'Ajena', true, false, false, NULL, '2025-03-01T09:00:00Z', false,
                    false, '', 'America/Mexico_City', 'es-mx', '0000000b-0000-4000-8000-000000000001'),
                   (105, 'gone@a.mx', 'Gus', 'Baja', false, false, false, NULL, '2025-03-01T09:00:00Z', false,
                    false, '', 'America/Mexico_City', 'es-mx', NULL),
                   (106, 'staff@padelyzer.mx', 'Sara', 'Soporte', true, true, false, NULL, '2025-01-01T09:00:00Z',
                    true, false, '', 'America/Mexico_City', 'es-mx', NULL),
                   (107, 'root@padelyzer.mx', 'Raúl', 'Root', true, true, true, NULL, '2025-01-01T09:00:00Z',
                    true, true, '', 'America/Mexico_City', 'es-mx', NULL),
                   (108, 'reception@a.mx', 'Rita', 'Recepción', true, false, false, NULL, '2025-04-01T09:00:00Z',
                    false, false, '', 'America/Mexico_City', 'es-mx', NULL),
                   (111, 'u1@a.mx', 'Uno', 'Cliente', true, false, false, NULL, '2025-05-01T09:00:00Z', false, false,
                    '', 'America/Mexico_City', 'es-mx', NULL),
                   (112, 'u2@a.mx', 'Dos', 'Cliente', true, false, false, NULL, '2025-05-01T09:00:00Z', false, false,
                    '', 'America/Mexico_City', 'es-mx', NULL),
                   (113, 'u3@a.mx', 'Tres', 'Cliente', true, false, false, NULL, '2025-05-01T09:00:00Z', false, false,
                    '', 'America/Mexico_City', 'es-mx', NULL);
            INSERT INTO authentication_organizationmembership (user_id, organization_id, role, joined_at, is_active)
            VALUES (102, '0000000a-0000-4000-8000-000000000001', 'org_admin', '2025-01-12T10:00:00Z', true),
                   (102, '0000000b-0000-4000-8000-000000000001', 'support', '2025-01-01T10:00:00Z', false),
                   (104, '0000000b-0000-4000-8000-000000000001', 'org_admin', '2025-03-01T10:00:00Z', true),
                   (105, '0000000a-0000-4000-8000-000000000001', 'support', '2025-03-01T10:00:00Z', true);
            INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at, reason)
            VALUES ('revoked-jti-0001', 102, '2030-01-01T00:00:00Z', 'logout');
            """;

    private static final String CLUBS_AND_COURTS = """
            INSERT INTO clubs_club (id, organization_id, name, slug, description, email, phone, website, address,
                                    opening_time, closing_time, logo_url, timezone, created_at)
            VALUES ('000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Club Analítica',
                    'club-analitica', 'Club de pruebas', 'club@a.mx', '+52 55 2000 0000', 'https://a.mx',
                    '{"street": "Av. Reforma 1", "city": "Ciudad de México", "state": "CDMX", "postal_code": "06600"}',
                    '08:00', '22:00', 'https://a.mx/logo.png', 'America/Mexico_City', '2025-01-10T12:00:00Z'),
                   ('000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Club Pistas',
                    'club-pistas', '', '', '', '', '{"city": "Puebla"}', '08:00', '22:00', '', NULL,
                    '2025-01-10T12:00:00Z'),
                   ('000000c3-0000-4000-8000-000000000001', '0000000b-0000-4000-8000-000000000001', 'Club Ajeno',
                    'club-ajeno', '', '', '', '', '{}', '07:00', '23:00', '', NULL, '2025-02-10T12:00:00Z');
            INSERT INTO clubs_schedule (club_id, organization_id, weekday, opening_time, closing_time, is_closed)
            VALUES ('000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 5, '09:00', '13:00', false),
                   ('000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 6, '08:00', '22:00', true),
                   ('000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 6, '08:00', '22:00', true);
            INSERT INTO clubs_court (id, club_id, organization_id, name, number, surface_type, is_maintenance,
                                     price_per_hour, slot_offset_minutes, is_active)
            VALUES ('000000d1-0000-4000-8000-00000000000a', '000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Pista 1', 1, 'glass', false, 400, 0, true),
                   ('000000d1-0000-4000-8000-00000000000b', '000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Pista 2', 2, 'wall', false, 500, 0, true),
                   ('000000d1-0000-4000-8000-00000000000d', '000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Pista 3', 3, 'glass', true, 700, 0, true),
                   ('000000d1-0000-4000-8000-00000000000e', '000000c1-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Pista 4', 4, 'glass', false, 800, 0, false),
                   ('000000d2-0000-4000-8000-00000000000a', '000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Central', 1, 'glass', false, 400, 0, true),
                   ('000000d2-0000-4000-8000-00000000000b', '000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Lateral', 2, 'mesh', false, 500, 30, true),
                   ('000000d2-0000-4000-8000-00000000000c', '000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Fondo', 3, 'mixed', false, 600, 0, true),
                   ('000000d2-0000-4000-8000-00000000000d', '000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Obras', 4, 'glass', true, 400, 0, true),
                   ('000000d2-0000-4000-8000-00000000000e', '000000c2-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001', 'Vieja', 5, 'glass', false, 400, 0, false),
                   ('000000d3-0000-4000-8000-00000000000f', '000000c3-0000-4000-8000-000000000001', '0000000b-0000-4000-8000-000000000001', 'Ajena', 1, 'glass', false, 300, 0, true);
            INSERT INTO clubs_clubmembership (user_id, club_id, role, is_active, created_at)
            VALUES (101, '000000c1-0000-4000-8000-000000000001', 'owner', true, '2025-01-11T10:00:00Z'),
                   (108, '000000c1-0000-4000-8000-000000000001', 'staff', true, '2025-04-01T10:00:00Z'),
                   (103, '000000c2-0000-4000-8000-000000000001', 'member', true, '2025-03-01T10:00:00Z'),
                   (103, '000000c1-0000-4000-8000-000000000001', 'admin', false, '2025-03-02T10:00:00Z');
            """;

    /** Week 2026-03-12..18 and the previous week 2026-03-05..11 of the analytics club. */
    private static final String ANALYTICS_RESERVATIONS = """
            INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, start_time,
                    end_time, status, price_per_hour, total_price, is_active)
            VALUES ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000a', 111, '2026-03-16', '10:00', '11:30', 'confirmed', NULL, 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000b', 112, '2026-03-17', '18:00', '19:00', 'completed', NULL, 550, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000a', 111, '2026-03-18', '08:00', '10:00', 'confirmed', 300, 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000b', 113, '2026-03-14', '09:00', '10:00', 'cancelled', NULL, 500, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000b', 113, '2026-03-13', '20:00', '21:00', 'confirmed', NULL, 500, false),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000a', 113, '2026-03-12', '12:00', '13:00', 'pending', NULL, 400, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000b', 113, '2026-03-19', '10:00', '11:00', 'confirmed', NULL, 500, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000b', 112, '2026-03-10', '10:00', '12:00', 'completed', NULL, 1000, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000a', 113, '2026-03-11', '21:00', '22:00', 'confirmed', NULL, 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '000000d1-0000-4000-8000-00000000000a', 113, '2026-03-04', '10:00', '11:00', 'confirmed', NULL, 400, true);
            INSERT INTO clients_clientprofile (user_id, organization_id, club_id, created_at)
            VALUES (111, '0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '2026-03-15T05:00:00Z'),
                   (112, '0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '2026-03-12T05:00:00Z'),
                   (113, '0000000a-0000-4000-8000-000000000001', '000000c1-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z');
            """;

    /** 2026-03-18 at the availability club. */
    private static final String AVAILABILITY_DAY = """
            INSERT INTO reservations_reservation (organization_id, club_id, court_id, created_by_id, date, start_time,
                    end_time, status, total_price, is_active)
            VALUES ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000a', 111, '2026-03-18', '16:00', '17:30', 'pending', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000a', 111, '2026-03-18', '08:00', '10:00', 'confirmed', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000a', 112, '2026-03-18', '15:00', '16:00', 'confirmed', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000b', 112, '2026-03-18', '12:30', '13:30', 'confirmed', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000b', 112, '2026-03-18', '18:00', '19:00', 'cancelled', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000b', 112, '2026-03-18', '19:00', '19:30', 'confirmed', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000b', 112, '2026-03-18', '14:30', '15:30', 'confirmed', 0, false),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000c', 113, '2026-03-18', '16:00', '17:00', 'confirmed', 0, true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000a', 113, '2026-03-19', '10:00', '11:00', 'confirmed', 0, true),
                   ('0000000b-0000-4000-8000-000000000001', '000000c3-0000-4000-8000-000000000001', '000000d3-0000-4000-8000-00000000000f', 104, '2026-03-18', '16:00', '17:00', 'confirmed', 0, true);
            INSERT INTO reservations_blockedslot (organization_id, club_id, court_id, start_datetime, end_datetime,
                                                  reason, is_active)
            VALUES ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000a', '2026-03-18T20:00:00Z', '2026-03-18T21:30:00Z', 'maintenance', true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', NULL, '2026-03-19T03:00:00Z', '2026-03-19T04:00:00Z', 'private_event', true),
                   ('0000000a-0000-4000-8000-000000000001', '000000c2-0000-4000-8000-000000000001', '000000d2-0000-4000-8000-00000000000c', '2026-03-18T16:00:00Z', '2026-03-19T02:00:00Z', 'tournament', false);
            """;
}
