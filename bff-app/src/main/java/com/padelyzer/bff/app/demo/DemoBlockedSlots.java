package com.padelyzer.bff.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Blocked slots around today: court-level and whole-club, past and future, one no longer active. */
final class DemoBlockedSlots {

    private int count;

    void write(Connection connection, OffsetDateTime now, DemoCatalog catalog) throws SQLException {
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO reservations_blockedslot (id, organization_id, "
                + "club_id, court_id, start_datetime, end_datetime, reason, description, is_active, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            DemoCatalog.Club first = catalog.clubs.get(0);
            DemoCatalog.Court underMaintenance = first.courts().get(first.courts().size() - 1);
            add(rows, now, first, underMaintenance.id(), -2, "00:00", 6, "00:00", "maintenance", "Cambio de césped", true);
            add(rows, now, catalog.clubs.get(1), null, 6, "08:00", 6, "20:00", "tournament", "Torneo de primavera", true);
            add(rows, now, catalog.clubs.get(3), catalog.clubs.get(3).courts().get(0).id(), 3, "18:00", 3, "21:00",
                    "private_event", "Evento corporativo", true);
            add(rows, now, catalog.clubs.get(5), null, -10, "14:00", -10, "18:00", "weather", "Tormenta", true);
            add(rows, now, catalog.clubs.get(4), catalog.clubs.get(4).courts().get(2).id(), -20, "09:00", -20, "12:00",
                    "other", "Grabación de vídeo", true);
            add(rows, now, catalog.clubs.get(2), null, 2, "07:00", 2, "10:00", "private_event", "Cancelado", false);
        }
    }

    private void add(InsertBatch rows, OffsetDateTime now, DemoCatalog.Club club, UUID court, int startDay, String startTime,
                     int endDay, String endTime, String reason, String description, boolean active) throws SQLException {
        LocalDate today = now.atZoneSameInstant(club.zone()).toLocalDate();
        OffsetDateTime start = at(today.plusDays(startDay), startTime, club);
        OffsetDateTime end = at(today.plusDays(endDay), endTime, club);
        OffsetDateTime created = now.minusDays(30);
        count++;
        rows.add(DemoIds.of("blocked-slot", count), club.organizationId(), club.id(), court, start, end, reason,
                description, active, created, created);
    }

    private static OffsetDateTime at(LocalDate day, String time, DemoCatalog.Club club) {
        return ZonedDateTime.of(day, LocalTime.parse(time), club.zone()).toOffsetDateTime();
    }
}
