package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.court.SurfaceType;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.schedule.ScheduleEntry;
import com.padelyzer.bff.domain.schedule.WeeklySchedule;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Maps club, court and schedule rows to domain records. A club without a time zone of its own (null, blank or not
 * a zone id the JVM knows) gets the service default ({@link DefaultClubZone}).
 */
@Singleton
final class ClubMapper {

    private final ZoneId defaultZone;

    ClubMapper(DefaultClubZone defaultZone) {
        this.defaultZone = defaultZone.zone();
    }

    Club club(ClubRow row) {
        return new Club(new ClubId(row.id()), new OrganizationId(row.organizationId()), row.name(), row.slug(),
                row.description(), row.email(), row.phone(), row.website(), row.address(),
                TextValues.time(row.openingTime()), TextValues.time(row.closingTime()), row.logoUrl(),
                zoneOf(row.timezone()), row.isActive());
    }

    WeeklySchedule schedule(ClubRow club, List<ScheduleRow> rows) {
        List<ScheduleEntry> entries = rows.stream()
                .map(row -> new ScheduleEntry(row.weekday(), TextValues.time(row.openingTime()),
                        TextValues.time(row.closingTime()), row.isClosed(), row.isActive()))
                .toList();
        return new WeeklySchedule(TextValues.time(club.openingTime()), TextValues.time(club.closingTime()), entries);
    }

    List<Court> courts(List<CourtRow> rows) {
        return rows.stream()
                .map(row -> new Court(new CourtId(row.id()), new ClubId(row.clubId()), row.name(), row.number(),
                        SurfaceType.fromCode(row.surfaceType()), TextValues.decimal(row.pricePerHour()),
                        row.isMaintenance(), row.slotOffsetMinutes(), row.isActive()))
                .toList();
    }

    ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknownZone) {
            return defaultZone;
        }
    }
}
