package com.padelyzer.bff.app.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills an empty, migrated database with a club network in set-based SQL: every table is one
 * {@code INSERT ... SELECT} over {@code generate_series}, every choice a hash of the row's key and the seed
 * ({@code hashint8extended}), so the same parameters give the same rows on any PostgreSQL 11+. One transaction;
 * a progress line per phase with the time it took.
 * <p>
 * Reservations sit on each court's grid of 90-minute slots from its day's opening (plus the court's offset), so no
 * two overlap; a slot is booked with a probability that follows the hour (evenings full, midday empty), the weekday
 * (weekend mornings busy), the network's growth over the window and, ahead of today, how far ahead it is. Nothing is
 * booked over an active blocked slot. Clients book at their home club, and only once they have joined.
 * <p>
 * The reservation indexes are built after the bulk insert and its change and rollup triggers are off during it;
 * the analytics rollups are then built from the table in one pass (V8), and the commit notifies listeners that
 * everything changed.
 */
final class ScaleDataGenerator {

    /** The reservation indexes of V3, dropped for the bulk load and built again from their own definitions. */
    private static final String RESERVATION_INDEXES = "SELECT indexname, indexdef FROM pg_indexes "
            + "WHERE schemaname = current_schema() AND tablename = 'reservations_reservation' AND indexname LIKE 'idx_bff_%' "
            + "ORDER BY indexname";

    /**
     * What a TRUNCATE notifies (V4): a listening service drops every cached answer. It stands for the reservation
     * insert's own notification, whose trigger is off during the bulk insert: that trigger would copy all its rows
     * into a transition table (a temporary file at this size) only to coarsen them to one notice per club.
     */
    private static final String NOTIFY_EVERYTHING = "SELECT pg_notify('bff_changes', payload) "
            + "FROM unnest(ARRAY['{\"t\":\"everything\"}', '{\"t\":\"users\"}', '{\"t\":\"dashboards\"}']) AS payload";

    /** V8's rebuild of both analytics rollups, in one pass over the reservations instead of the insert's trigger. */
    private static final String REBUILD_ROLLUPS = "SELECT bff_rebuild_analytics_rollups()";

    static final List<String> TABLES = List.of("root_organization", "clubs_club", "clubs_court", "clubs_schedule",
            "authentication_user", "authentication_organizationmembership", "clubs_clubmembership",
            "clients_clientprofile", "reservations_blockedslot", "reservations_reservation");

    private final ScaleParameters size;
    private final PrintStream progress;

    ScaleDataGenerator(ScaleParameters size, PrintStream progress) {
        this.size = Objects.requireNonNull(size, "size");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Writes the network and commits; refuses a database that already has organizations. Returns rows per table. */
    Map<String, Long> generate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            if (count(sql, "root_organization") > 0) {
                throw new IllegalStateException("the database already has organizations; generate into an empty one");
            }
            sql.execute("SET LOCAL TimeZone = 'UTC'");
            sql.execute("SET LOCAL work_mem = '64MB'");
            sql.execute("SET LOCAL maintenance_work_mem = '256MB'");
            phase(sql, "organizations and clubs", ORGANIZATIONS, CLUBS);
            phase(sql, "courts and schedules", COURTS, SCHEDULES);
            phase(sql, "users", CLIENTS, USERS, USER_IDS);
            phase(sql, "memberships and client profiles", ORGANIZATION_MEMBERSHIPS, CLUB_MEMBERSHIPS, CLIENT_PROFILES);
            phase(sql, "blocked slots", BLOCKS, BLOCKED_SLOTS);
            List<String> indexes = dropReservationIndexes(sql);
            sql.execute("ALTER TABLE reservations_reservation DISABLE TRIGGER bff_changes_insert");
            sql.execute("ALTER TABLE reservations_reservation DISABLE TRIGGER bff_rollup_insert");
            phase(sql, "reservations", RESERVATIONS);
            sql.execute("ALTER TABLE reservations_reservation ENABLE TRIGGER bff_changes_insert");
            sql.execute("ALTER TABLE reservations_reservation ENABLE TRIGGER bff_rollup_insert");
            phase(sql, "reservation indexes (" + indexes.size() + ")", indexes.toArray(String[]::new));
            phase(sql, "analytics rollups", REBUILD_ROLLUPS);
            sql.execute(NOTIFY_EVERYTHING);
            long started = System.nanoTime();
            connection.commit();
            report("commit", started);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, count(sql, table));
            }
            connection.setAutoCommit(true);
            started = System.nanoTime();
            sql.execute("VACUUM ANALYZE");
            report("vacuum analyze", started);
            return rows;
        } catch (SQLException | RuntimeException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            throw e;
        }
    }

    private void phase(Statement sql, String name, String... statementLists) throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        for (String statements : statementLists) {
            for (String statement : statements.split(";\n")) {
                boolean query = sql.execute(expand(statement));
                if (!query && statement.strip().startsWith("INSERT")) {
                    rows += sql.getUpdateCount();
                }
            }
        }
        report(rows > 0 ? name + ": " + rows + " rows" : name, started);
    }

    private void report(String what, long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos).truncatedTo(ChronoUnit.MILLIS);
        progress.printf("  %-48s %6.1f s%n", what, took.toMillis() / 1000.0);
        progress.flush();
    }

    /** Only on an empty table: building an index once is far cheaper than keeping it up over a million inserts. */
    private static List<String> dropReservationIndexes(Statement sql) throws SQLException {
        List<String> definitions = new ArrayList<>();
        if (count(sql, "reservations_reservation") > 0) {
            return definitions;
        }
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(RESERVATION_INDEXES)) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        for (String name : names) {
            sql.execute("DROP INDEX " + name);
        }
        return definitions;
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Fills the placeholders; every value is a number or an ISO date, so nothing foreign reaches the SQL. */
    private String expand(String statement) {
        long days = ChronoUnit.DAYS.between(size.firstDay(), size.endDay());
        return statement
                .replace("{seed}", Long.toString(size.seed()))
                .replace("{id_prefix}", "%08x".formatted(size.seed() & 0xffff_ffffL))
                .replace("{organizations}", Integer.toString(size.organizations()))
                .replace("{clubs}", Integer.toString(size.clubs()))
                .replace("{courts}", Integer.toString(size.courtsPerClub()))
                .replace("{users}", Integer.toString(size.users()))
                .replace("{first_client}", Long.toString(size.firstClient()))
                .replace("{clients}", Long.toString(size.clients()))
                .replace("{first_day}", "DATE '" + size.firstDay() + "'")
                .replace("{today}", "DATE '" + size.today() + "'")
                .replace("{days}", Long.toString(days))
                .replace("{now}", "TIMESTAMPTZ '" + size.today() + " 12:00Z'");
    }

    /** A pseudo-random integer in [0, 2^31) from a key and a salt: same seed, key and salt, same number. */
    private static String random(String key, int salt) {
        return "(hashint8extended((" + key + ")::bigint, {seed} + " + salt + ") & 2147483647)::int";
    }

    /** A pseudo-random integer in [0, 2^63): enough digits to cut several independent choices from. */
    private static String hash63(String key, int salt) {
        return "(hashint8extended((" + key + ")::bigint, {seed} + " + salt + ") & 9223372036854775807)";
    }

    private static final String ORGANIZATIONS = """
            INSERT INTO root_organization (id, type, business_name, trade_name, primary_email, primary_phone, state,
                                           created_at, updated_at)
            SELECT md5('{seed}:organization:' || o)::uuid,
                   (ARRAY['chain', 'franchise', 'club'])[o % 3 + 1],
                   'Red Pádel ' || o || ' S.A. de C.V.', 'Red Pádel ' || o, 'contacto@redpadel' || o || '.mx',
                   '+52 55 5000 ' || lpad(o::text, 4, '0'),
                   CASE WHEN o % 7 = 0 THEN 'trial' ELSE 'active' END,
                   {first_day} - 90, {first_day} - 90
            FROM generate_series(1, {organizations}) AS o
            """;

    /** The clubs, with their hours, in a temporary table the later phases join: c is the club's number. */
    private static final String CLUBS = """
            CREATE TEMPORARY TABLE scale_club ON COMMIT DROP AS
            SELECT c, md5('{seed}:club:' || c)::uuid AS id,
                   md5('{seed}:organization:' || ((c - 1) % {organizations} + 1))::uuid AS organization_id,
                   CASE WHEN c % 10 = 0 THEN 'Europe/Madrid' END AS timezone,
                   CASE WHEN {r_open} % 3 = 0 THEN 360 ELSE 420 END AS opens,
                   CASE WHEN {r_close} % 2 = 0 THEN 1380 ELSE 1320 END AS closes,
                   250 + {r_price} % 6 * 50 AS base_price,
                   ({clients} - c + {clubs}) / {clubs} AS clients
            FROM generate_series(1, {clubs}) AS c;
            INSERT INTO clubs_club (id, organization_id, name, slug, description, email, phone, address, opening_time,
                                    closing_time, timezone, created_at, updated_at)
            SELECT id, organization_id, 'Club Pádel ' || c, 'club-padel-' || c, 'Club de la red de escala ' || c,
                   'club' || c || '@scale.padelyzer.mx', '+52 55 5100 ' || lpad(c::text, 4, '0'),
                   jsonb_build_object('street', 'Av. Escala ' || c,
                                      'city', CASE WHEN timezone IS NULL
                                                   THEN (ARRAY['Ciudad de México', 'Monterrey', 'Guadalajara', 'Puebla',
                                                               'Querétaro', 'Mérida', 'León', 'Cancún', 'Tijuana'])[c % 9 + 1]
                                                   ELSE 'Madrid' END,
                                      'state', CASE WHEN timezone IS NULL THEN 'México' ELSE 'Madrid' END,
                                      'postal_code', lpad((10000 + c)::text, 5, '0')),
                   make_time(opens / 60, opens % 60, 0), make_time(closes / 60, closes % 60, 0), timezone,
                   {first_day} - 60, {first_day} - 60
            FROM scale_club
            """
            .replace("{r_open}", random("c", 1))
            .replace("{r_close}", random("c", 2))
            .replace("{r_price}", random("c", 3));

    private static final String COURTS = """
            CREATE TEMPORARY TABLE scale_court ON COMMIT DROP AS
            SELECT (c - 1) * {courts} + n AS g, c, n, md5('{seed}:court:' || c || ':' || n)::uuid AS id,
                   id AS club_id, organization_id, (base_price + n % 4 * 50)::numeric(8, 2) AS price,
                   CASE WHEN n % 4 = 0 THEN 30 ELSE 0 END AS slot_offset
            FROM scale_club CROSS JOIN generate_series(1, {courts}) AS n;
            INSERT INTO clubs_court (id, club_id, organization_id, name, number, surface_type, price_per_hour,
                                     slot_offset_minutes, created_at, updated_at)
            SELECT id, club_id, organization_id, 'Pista ' || n, n,
                   (ARRAY['glass', 'wall', 'mesh', 'mixed'])[(c + n) % 4 + 1], price, slot_offset,
                   {first_day} - 60, {first_day} - 60
            FROM scale_court
            """;

    /** Weekdays the club's hours, Saturday from 08:00, Sunday 08:00 to 21:00; every 15th club closed on Mondays. */
    private static final String SCHEDULES = """
            CREATE TEMPORARY TABLE scale_hours ON COMMIT DROP AS
            SELECT c, weekday,
                   CASE WHEN weekday >= 5 THEN 480 ELSE opens END AS opens,
                   CASE WHEN weekday = 6 THEN 1260 ELSE closes END AS closes,
                   (weekday = 0 AND c % 15 = 0) AS closed
            FROM scale_club CROSS JOIN generate_series(0, 6) AS weekday;
            INSERT INTO clubs_schedule (id, club_id, organization_id, weekday, opening_time, closing_time, is_closed,
                                        created_at, updated_at)
            SELECT md5('{seed}:schedule:' || h.c || ':' || weekday)::uuid, k.id, k.organization_id, weekday,
                   make_time(h.opens / 60, h.opens % 60, 0), make_time(h.closes / 60, h.closes % 60, 0), closed,
                   {first_day} - 60, {first_day} - 60
            FROM scale_hours h JOIN scale_club k ON k.c = h.c
            """;

    /**
     * Client i (from 0) belongs to club i % clubs + 1 as its k-th client (k = i / clubs). A fifth of a club's clients
     * were there before the window opened; the others joined one after another over it.
     */
    private static final String CLIENTS = """
            CREATE TEMPORARY TABLE scale_client ON COMMIT DROP AS
            SELECT user_id, c, club_id, organization_id,
                   ({first_day} + joined_day + make_interval(hours => 8 + {r_hour} % 14, mins => {r_minute} % 60))
                       AT TIME ZONE 'America/Mexico_City' AS joined
            FROM (SELECT {first_client} + i AS user_id, k.c, k.id AS club_id, k.organization_id,
                         greatest(0, (i / {clubs}) * {days} / k.clients - {days} / 5) AS joined_day
                  FROM generate_series(0, {clients} - 1) AS i JOIN scale_club k ON k.c = i % {clubs} + 1) AS client
            """
            .replace("{r_hour}", random("user_id", 4))
            .replace("{r_minute}", random("user_id", 5));

    private static final String USERS = """
            INSERT INTO authentication_user (id, email, first_name, last_name, is_staff, is_superuser, date_joined,
                                             phone, current_organization_id, last_login, created_at, updated_at)
            SELECT u, 'user' || u || '@scale.padelyzer.mx',
                   (ARRAY['Ana', 'Luis', 'María', 'Jorge', 'Sofía', 'Diego', 'Lucía', 'Pablo', 'Elena', 'Carlos'])[u % 10 + 1],
                   (ARRAY['García', 'López', 'Martínez', 'Hernández', 'Pérez', 'Sánchez', 'Ramírez', 'Torres'])[u / 10 % 8 + 1],
                   u = 1, u = 1, coalesce(client.joined, {first_day} - 60),
                   '+52 55 ' || lpad(u::text, 8, '0'),
                   CASE WHEN u <= {organizations} + 1 AND u > 1
                            THEN md5('{seed}:organization:' || (u - 1))::uuid
                        WHEN u < {first_client} AND u > 1
                            THEN (SELECT organization_id FROM scale_club WHERE c = (u - {organizations} - 2) / 3 + 1)
                   END,
                   CASE WHEN {r_login} % 4 > 0 THEN {now} - make_interval(hours => {r_login_hours} % 2000) END,
                   coalesce(client.joined, {first_day} - 60), coalesce(client.joined, {first_day} - 60)
            FROM generate_series(1, {users}) AS u LEFT JOIN scale_client client ON client.user_id = u
            """
            .replace("{r_login}", random("u", 6))
            .replace("{r_login_hours}", random("u", 7));

    private static final String USER_IDS =
            "SELECT setval(pg_get_serial_sequence('authentication_user', 'id'), {users})";

    /** An org_admin per organization; every third organization also has a billing user (its first club's admin). */
    private static final String ORGANIZATION_MEMBERSHIPS = """
            INSERT INTO authentication_organizationmembership (id, user_id, organization_id, role, joined_at,
                                                               created_at, updated_at)
            SELECT md5('{seed}:organization-membership:' || o)::uuid, o + 1, md5('{seed}:organization:' || o)::uuid,
                   'org_admin', {first_day} - 90, {first_day} - 90, {first_day} - 90
            FROM generate_series(1, {organizations}) AS o
            UNION ALL
            SELECT md5('{seed}:organization-billing:' || c)::uuid, {organizations} + 2 + 3 * (c - 1) + 1, organization_id,
                   'billing', {first_day} - 60, {first_day} - 60, {first_day} - 60
            FROM scale_club WHERE c <= {organizations} AND c % 3 = 1
            """;

    private static final String CLUB_MEMBERSHIPS = """
            INSERT INTO clubs_clubmembership (id, user_id, club_id, role, created_at, updated_at)
            SELECT md5('{seed}:club-membership:' || c || ':' || role)::uuid, {organizations} + 2 + 3 * (c - 1) + r - 1,
                   id, role, {first_day} - 60, {first_day} - 60
            FROM scale_club CROSS JOIN unnest(ARRAY['owner', 'admin', 'staff']) WITH ORDINALITY AS roles (role, r)
            UNION ALL
            SELECT md5('{seed}:club-membership:' || user_id)::uuid, user_id, club_id, 'member', joined, joined
            FROM scale_client
            """;

    /** Every client has a profile at its club's organization; one in ten has no club. */
    private static final String CLIENT_PROFILES = """
            INSERT INTO clients_clientprofile (id, user_id, organization_id, club_id, created_at, updated_at)
            SELECT md5('{seed}:client-profile:' || user_id)::uuid, user_id, organization_id,
                   CASE WHEN user_id % 10 = 9 THEN NULL ELSE club_id END, joined, joined
            FROM scale_client
            """;

    /**
     * Per club and month: a court's maintenance morning, a court's private evening, a whole-club tournament every
     * other month and, one month in ten, a weather closure; local times within the day's opening hours; one in 33
     * no longer active.
     */
    private static final String BLOCKS = """
            CREATE TEMPORARY TABLE scale_block ON COMMIT DROP AS
            SELECT row_number() OVER (ORDER BY c, day, kind) AS n, *
            FROM (SELECT k.c, kind.kind, kind.reason, kind.description,
                         (date_trunc('month', {first_day}) + make_interval(months => m))::date + {r_day} % 28 AS day,
                         CASE WHEN kind.whole_club THEN NULL ELSE {r_court} % {courts} + 1 END AS court,
                         kind.starts, kind.ends, {r_active} % 33 <> 0 AS active,
                         (m + k.c) % 2 = 0 AS even_month, {r_weather} % 10 = 0 AS one_in_ten
                  FROM scale_club k
                  CROSS JOIN generate_series(0, ({days} + 62) / 28) AS m
                  CROSS JOIN (VALUES (1, 'maintenance', 'Mantenimiento de pista', false, 480, 720),
                                     (2, 'private_event', 'Evento privado', false, 1140, 1320),
                                     (3, 'tournament', 'Torneo del club', true, 540, 1260),
                                     (4, 'weather', 'Lluvia intensa', true, 960, 1140))
                              AS kind (kind, reason, description, whole_club, starts, ends)) AS candidate
            WHERE day >= {first_day} AND day < {first_day} + {days}
              AND (kind <> 3 OR even_month) AND (kind <> 4 OR one_in_ten)
              AND EXISTS (SELECT 1 FROM scale_hours h
                          WHERE h.c = candidate.c AND h.weekday = extract(isodow FROM day)::int - 1 AND NOT h.closed
                            AND h.opens <= starts AND ends <= h.closes)
            """
            .replace("{r_day}", random("k.c * 10000 + m * 10 + kind.kind", 8))
            .replace("{r_court}", random("k.c * 10000 + m * 10 + kind.kind", 9))
            .replace("{r_active}", random("k.c * 10000 + m * 10 + kind.kind", 10))
            .replace("{r_weather}", random("k.c * 10000 + m", 11));

    private static final String BLOCKED_SLOTS = """
            INSERT INTO reservations_blockedslot (id, organization_id, club_id, court_id, start_datetime, end_datetime,
                                                  reason, description, is_active, created_at, updated_at)
            SELECT md5('{seed}:blocked-slot:' || b.n)::uuid, k.organization_id, k.id, court.id,
                   (b.day + make_interval(mins => b.starts)) AT TIME ZONE coalesce(k.timezone, 'America/Mexico_City'),
                   (b.day + make_interval(mins => b.ends)) AT TIME ZONE coalesce(k.timezone, 'America/Mexico_City'),
                   b.reason, b.description, b.active,
                   least({now}, (b.day - 20)::timestamp AT TIME ZONE 'UTC'),
                   least({now}, (b.day - 20)::timestamp AT TIME ZONE 'UTC')
            FROM scale_block b JOIN scale_club k ON k.c = b.c
            LEFT JOIN scale_court court ON court.c = b.c AND court.n = b.court
            """;

    /**
     * Candidate slots (court g, day n, slot i) with one 63-bit hash each, cut into independent digits: occupancy,
     * duration, status, booker and lead time. The id is the candidate's key after a seed prefix, so rows arrive in
     * id order.
     */
    private static final String RESERVATIONS = """
            INSERT INTO reservations_reservation (id, organization_id, club_id, court_id, created_by_id, date, start_time,
                                                  end_time, status, player_name, player_email, price_per_hour,
                                                  total_price, payment_status, created_at, updated_at)
            SELECT ('{id_prefix}-0000-4000-8000-' || lpad(to_hex(key), 12, '0'))::uuid, organization_id, club_id, court_id,
                   booker, day, make_time(starts / 60, starts % 60, 0), make_time(ends / 60, ends % 60, 0), status,
                   CASE WHEN booker >= {first_client} THEN 'Cliente ' || booker ELSE 'Jugador invitado ' || key % 997 END,
                   CASE WHEN booker >= {first_client} THEN 'cliente' || booker || '@scale.padelyzer.mx' ELSE '' END,
                   price, round(price * (ends - starts) / 60, 2),
                   CASE status WHEN 'completed' THEN 'paid'
                               WHEN 'cancelled' THEN CASE WHEN h / 1000 % 2 = 0 THEN 'refunded' ELSE 'pending' END
                               WHEN 'confirmed' THEN CASE WHEN h / 1000 % 10 < 6 THEN 'paid' ELSE 'pending' END
                               ELSE 'pending' END,
                   booked, booked
            FROM (SELECT slot.*,
                         CASE WHEN day < {today}
                              THEN CASE WHEN h / 1000000 % 100 < 78 THEN 'completed'
                                        WHEN h / 1000000 % 100 < 90 THEN 'cancelled'
                                        WHEN h / 1000000 % 100 < 95 THEN 'no_show'
                                        WHEN h / 1000000 % 100 < 98 THEN 'confirmed'
                                        ELSE 'pending' END
                              ELSE CASE WHEN h / 1000000 % 100 < 58 THEN 'confirmed'
                                        WHEN h / 1000000 % 100 < 92 THEN 'pending'
                                        ELSE 'cancelled' END
                         END AS status,
                         CASE WHEN h / 100000000 % 100 < 8 THEN NULL
                              WHEN h / 100000000 % 100 < 15 THEN {organizations} + 2 + 3 * (c - 1) + 2
                              ELSE {first_client} + (h / 10000000000 % least(clients, (n + {days} / 5) * clients / {days} + 1))
                                                    * {clubs} + (c - 1)
                         END AS booker,
                         least({now}, (day + make_interval(mins => starts)) AT TIME ZONE zone
                                      - make_interval(hours => (2 + h / 10000000000000 % 336)::int)) AS booked
                  FROM (SELECT k.g::bigint * 100000000 + d.n * 100 + i AS key, k.c, k.n AS court, k.id AS court_id,
                               k.club_id, k.organization_id, k.price, club.clients,
                               coalesce(club.timezone, 'America/Mexico_City') AS zone, d.n, {first_day} + d.n AS day,
                               hours.opens + k.slot_offset + 90 * i AS starts,
                               hours.opens + k.slot_offset + 90 * i
                                   + CASE WHEN hours.closes - (hours.opens + k.slot_offset + 90 * i) < 90
                                            OR {r_duration} / 10000 % 100 < 15 THEN 60 ELSE 90 END AS ends,
                               {h} AS h,
                               hours.weekday >= 5 AS weekend
                        FROM scale_court k
                        JOIN scale_club club ON club.c = k.c
                        CROSS JOIN generate_series(0, {days} - 1) AS d (n)
                        JOIN scale_hours hours
                          ON hours.c = k.c AND hours.weekday = extract(isodow FROM {first_day} + d.n)::int - 1
                         AND NOT hours.closed
                        CROSS JOIN generate_series(0, 15) AS i
                        WHERE hours.opens + k.slot_offset + 90 * i + 60 <= hours.closes) AS slot
                  WHERE h % 10000 < 10000 * (0.7 + 0.3 * n / {days})
                                   * CASE WHEN day >= {today} THEN (40 - (day - {today})) / 40.0 ELSE 1 END
                                   * CASE WHEN weekend
                                          THEN CASE WHEN starts < 540 THEN 0.15 WHEN starts < 840 THEN 0.55
                                                    WHEN starts < 1080 THEN 0.35 WHEN starts < 1320 THEN 0.45 ELSE 0.15 END
                                          ELSE CASE WHEN starts < 540 THEN 0.20 WHEN starts < 960 THEN 0.10
                                                    WHEN starts < 1080 THEN 0.30 WHEN starts < 1320 THEN 0.75 ELSE 0.35 END
                                     END
                    AND NOT EXISTS (SELECT 1 FROM scale_block b
                                    WHERE b.c = slot.c AND b.day = slot.day AND b.active
                                      AND (b.court IS NULL OR b.court = slot.court)
                                      AND b.starts < slot.ends AND slot.starts < b.ends)) AS booking
            """
            .replace("{r_duration}", random("k.g::bigint * 100000000 + d.n * 100 + i", 12))
            .replace("{h}", hash63("k.g::bigint * 100000000 + d.n * 100 + i", 13));
}
