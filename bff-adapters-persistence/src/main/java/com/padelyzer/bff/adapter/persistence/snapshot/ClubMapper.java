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

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Maps club, court and schedule rows to domain records. A club without a time zone of its own (null, blank or not
 * a zone id the JVM knows) gets the service default ({@link DefaultClubZone}). What the main system may write but
 * the domain rejects takes the fallback of docs/decisions/0019, said once by {@link UnexpectedValues}: an unknown
 * surface is {@code unknown}, a schedule row of a weekday outside 0-6 is left out, a negative court price is 0.
 */
@Singleton
final class ClubMapper {

    private final ZoneId defaultZone;
    private final UnexpectedValues unexpected;

    ClubMapper(DefaultClubZone defaultZone, UnexpectedValues unexpected) {
        this.defaultZone = defaultZone.zone();
        this.unexpected = unexpected;
    }

    Club club(ClubRow row) {
        return new Club(new ClubId(row.id()), new OrganizationId(row.organizationId()), row.name(), row.slug(),
                row.description(), row.email(), row.phone(), row.website(), row.address(),
                TextValues.time(row.openingTime()), TextValues.closingTime(row.closingTime()), row.logoUrl(),
                zoneOf(row.timezone()), row.isActive());
    }

    WeeklySchedule schedule(ClubRow club, List<ScheduleRow> rows) {
        List<ScheduleEntry> entries = rows.stream()
                .filter(this::hasAWeekday)
                .map(row -> new ScheduleEntry(row.weekday(), TextValues.time(row.openingTime()),
                        TextValues.closingTime(row.closingTime()), row.isClosed(), row.isActive()))
                .toList();
        return new WeeklySchedule(TextValues.time(club.openingTime()), TextValues.closingTime(club.closingTime()),
                entries);
    }

    List<Court> courts(List<CourtRow> rows) {
        return rows.stream()
                .map(row -> new Court(new CourtId(row.id()), new ClubId(row.clubId()), row.name(), row.number(),
                        surface(row.surfaceType()), price(row.pricePerHour()), row.isMaintenance(),
                        row.slotOffsetMinutes(), row.isActive()))
                .toList();
    }

    private boolean hasAWeekday(ScheduleRow row) {
        if (row.weekday() >= 0 && row.weekday() <= 6) {
            return true;
        }
        unexpected.met("clubs_schedule.weekday", row.weekday(), "the row is ignored (the club's own hours apply)");
        return false;
    }

    private SurfaceType surface(String code) {
        return SurfaceType.ofCode(code).orElseGet(() -> {
            unexpected.met("clubs_court.surface_type", code, "shown as 'unknown'");
            return SurfaceType.UNKNOWN;
        });
    }

    private BigDecimal price(String text) {
        BigDecimal price = TextValues.decimal(text);
        if (price.signum() >= 0) {
            return price;
        }
        unexpected.met("clubs_court.price_per_hour", text, "read as 0 (no price)");
        return BigDecimal.ZERO.setScale(price.scale());
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
