package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a {@link TenancyWorld} into a migrated database with plain SQL, as the main system's tables hold it. */
final class TenancyWorldSql {

    private TenancyWorldSql() {
    }

    static void write(TenancyWorld world, TestDatabase database) {
        database.execute(insert("root_organization (id, type, business_name, trade_name, primary_email, state)",
                world.orgs.stream().map(o -> values(o.id(), "chain", o.name() + " S.A.", o.name(),
                        "hola@org" + o.number() + ".mx", "active")).toList()));
        database.execute(insert("clubs_club (id, organization_id, name, slug, address, opening_time, closing_time, "
                        + "timezone, is_active)",
                world.clubs.stream().map(c -> values(c.id(), c.orgId(), c.name(),
                        "club-" + c.org() + "-" + c.number(), "{\"city\": \"City " + c.org() + "\"}", "08:00", "22:00",
                        c.zone(), c.active())).toList()));
        database.execute(insert("clubs_court (id, club_id, organization_id, name, number, is_maintenance, "
                        + "price_per_hour, is_active)",
                world.courts.stream().map(k -> values(k.id(), k.club().id(), k.club().orgId(), k.name(),
                        1, k.maintenance(), 400, k.active())).toList()));
        List<String> schedules = new ArrayList<>();
        for (TenancyWorld.Club club : world.clubs) {
            schedules.add(values(club.id(), club.orgId(), 6, "08:00", "22:00", true));
            schedules.add(values(club.id(), club.orgId(), 5, "09:00", "14:00", false));
        }
        database.execute(insert("clubs_schedule (club_id, organization_id, weekday, opening_time, closing_time, "
                + "is_closed)", schedules));
        database.execute(insert("authentication_user (id, email, first_name, is_active, is_staff, is_superuser, "
                        + "current_organization_id)",
                world.users.stream().map(u -> values(u.id(), u.email(), "User " + u.id(), u.active(), u.staff(),
                        u.superuser(), u.currentOrgId())).toList()));
        List<String> orgMemberships = new ArrayList<>();
        List<String> clubMemberships = new ArrayList<>();
        for (TenancyWorld.User user : world.users) {
            user.orgs().forEach(m -> orgMemberships.add(values(user.id(), m.org().id(), m.role(),
                    m.joinedAt().toString(), m.active())));
            user.clubs().forEach(m -> clubMemberships.add(values(user.id(), m.club().id(), m.role(),
                    m.createdAt().toString(), m.active())));
        }
        database.execute(insert("authentication_organizationmembership (user_id, organization_id, role, joined_at, "
                + "is_active)", orgMemberships));
        database.execute(insert("clubs_clubmembership (user_id, club_id, role, created_at, is_active)",
                clubMemberships));
        database.execute(insert("reservations_reservation (organization_id, club_id, court_id, created_by_id, date, "
                        + "start_time, end_time, status, total_price, is_active)",
                world.reservations.stream().map(r -> values(r.court().club().orgId(), r.court().club().id(),
                        r.court().id(), r.createdBy(), r.date().toString(), r.startHour() + ":00",
                        (r.startHour() + r.hours()) + ":00", r.status(), 450, r.active())).toList()));
    }

    private static String insert(String table, List<String> rows) {
        if (rows.isEmpty()) {
            return "SELECT 1";
        }
        return "INSERT INTO " + table + " VALUES " + String.join(",\n", rows);
    }

    private static String values(Object... values) {
        return java.util.Arrays.stream(values).map(TenancyWorldSql::literal)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
