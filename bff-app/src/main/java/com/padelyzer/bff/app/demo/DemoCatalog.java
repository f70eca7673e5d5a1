package com.padelyzer.bff.app.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The demo organizations, clubs, courts and weekly schedules: fixed data, no randomness. */
final class DemoCatalog {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");
    private static final String[] SURFACES = {"glass", "wall", "mesh", "mixed"};

    record Organization(UUID id, String type, String tradeName, String state) {
    }

    record Court(UUID id, int number, String surface, BigDecimal pricePerHour, boolean maintenance,
                 int slotOffsetMinutes, boolean active) {
    }

    /** Opening hours of one weekday (0 = Monday); {@code closed} days keep the regular hours. */
    record Hours(LocalTime opens, LocalTime closes, boolean closed) {
    }

    record Club(int number, UUID id, UUID organizationId, String name, String slug, String city, String timezone,
                LocalTime opens, LocalTime closes, List<Court> courts, List<Hours> week) {
        ZoneId zone() {
            return timezone == null ? DEFAULT_ZONE : ZoneId.of(timezone);
        }
    }

    final List<Organization> organizations = List.of(
            new Organization(DemoIds.organization(1), "chain", "Padel Norte", "active"),
            new Organization(DemoIds.organization(2), "franchise", "Raqueta Sur", "active"),
            new Organization(DemoIds.organization(3), "club", "Club Pádel Solo", "trial"));

    final List<Club> clubs = new ArrayList<>();

    DemoCatalog() {
        int court = 0;
        court = addClub(1, 1, "Padel Norte Centro", "Ciudad de México", null, "07:00", "23:00", 8, 350, court);
        court = addClub(2, 1, "Padel Norte Satélite", "Naucalpan", null, "07:00", "23:00", 7, 300, court);
        court = addClub(3, 1, "Padel Norte Polanco", "Ciudad de México", null, "06:00", "23:00", 7, 450, court);
        court = addClub(4, 2, "Raqueta Sur Monterrey", "Monterrey", null, "07:00", "22:00", 6, 400, court);
        court = addClub(5, 2, "Raqueta Sur Madrid", "Madrid", "Europe/Madrid", "09:00", "22:00", 6, 250, court);
        addClub(6, 3, "Club Pádel Solo Guadalajara", "Guadalajara", null, "06:00", "22:00", 6, 320, court);
    }

    private int addClub(int number, int organization, String name, String city, String timezone,
                        String opens, String closes, int courtCount, int basePrice, int courtsSoFar) {
        List<Court> courts = new ArrayList<>();
        for (int n = 1; n <= courtCount; n++) {
            int id = courtsSoFar + n;
            courts.add(new Court(DemoIds.court(id), n, SURFACES[(id + number) % SURFACES.length],
                    BigDecimal.valueOf(basePrice + (n % 4) * 50L).setScale(2),
                    number == 1 && n == courtCount,
                    number == 1 && n == 2 ? 30 : 0,
                    !(number == 3 && n == courtCount)));
        }
        LocalTime open = LocalTime.parse(opens);
        LocalTime close = LocalTime.parse(closes);
        List<Hours> week = new ArrayList<>();
        for (int weekday = 0; weekday < 7; weekday++) {
            week.add(hoursOf(number, weekday, open, close));
        }
        clubs.add(new Club(number, DemoIds.club(number), DemoIds.organization(organization), name,
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('á', 'a').replace('é', 'e'),
                city, timezone, open, close, List.copyOf(courts), List.copyOf(week)));
        return courtsSoFar + courtCount;
    }

    /** Club 1 closes early on Sundays, club 2 is closed on Mondays, the Madrid club is closed on Sundays. */
    private static Hours hoursOf(int club, int weekday, LocalTime open, LocalTime close) {
        if (club == 1 && weekday == 6) {
            return new Hours(LocalTime.of(8, 0), LocalTime.of(14, 0), false);
        }
        boolean closed = (club == 2 && weekday == 0) || (club == 5 && weekday == 6);
        return new Hours(open, close, closed);
    }

    void write(Connection connection, OffsetDateTime now) throws SQLException {
        OffsetDateTime founded = now.minusDays(400);
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO root_organization (id, type, business_name, "
                + "trade_name, primary_email, primary_phone, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Organization o : organizations) {
                String domain = o.tradeName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".mx";
                rows.add(o.id(), o.type(), o.tradeName() + " S.A. de C.V.", o.tradeName(), "contacto@" + domain,
                        "+52 55 5000 000" + organizations.indexOf(o), o.state(), founded, founded);
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO clubs_club (id, organization_id, name, slug, "
                + "description, email, phone, address, opening_time, closing_time, timezone, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")) {
            for (Club c : clubs) {
                String address = "{\"street\": \"Av. Demo %d\", \"city\": \"%s\", \"state\": \"%s\", \"postal_code\": \"%05d\"}"
                        .formatted(100 + c.number(), c.city(), c.timezone() == null ? "México" : "Madrid", 6000 + c.number());
                rows.add(c.id(), c.organizationId(), c.name(), c.slug(), "Club de demostración " + c.name(),
                        c.slug() + "@demo.padelyzer.mx", "+52 55 5100 00" + c.number(), address, c.opens(), c.closes(),
                        c.timezone(), founded, founded);
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO clubs_court (id, club_id, organization_id, name, "
                + "number, surface_type, is_maintenance, price_per_hour, slot_offset_minutes, is_active, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Club c : clubs) {
                for (Court k : c.courts()) {
                    rows.add(k.id(), c.id(), c.organizationId(), "Pista " + k.number(), k.number(), k.surface(),
                            k.maintenance(), k.pricePerHour(), k.slotOffsetMinutes(), k.active(), founded, founded);
                }
            }
        }
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO clubs_schedule (id, club_id, organization_id, "
                + "weekday, opening_time, closing_time, is_closed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Club c : clubs) {
                for (int weekday = 0; weekday < 7; weekday++) {
                    Hours h = c.week().get(weekday);
                    rows.add(DemoIds.of("schedule", c.number() * 10 + weekday), c.id(), c.organizationId(), weekday,
                            h.opens(), h.closes(), h.closed(), founded, founded);
                }
            }
        }
    }
}
