package com.padelyzer.bff.domain.slot;

import com.padelyzer.bff.domain.schedule.OpeningHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a court's slots for one date. Slots start at opening plus the court's offset and follow each other in
 * steps of the slot length; one that would end after closing is not offered; a club closing at midnight offers the slot that ends at
 * {@code 00:00} of the next date (its end time reads {@code 00:00}). Times are wall-clock times in the
 * club's zone. On a daylight-saving day a slot is not offered when it starts inside the spring gap or ends
 * inside it after its first minute (one ending exactly at the gap's start ends at the change instant); in the
 * autumn overlap the earlier (summer) offset is used, so a slot across the change lasts one hour longer in real
 * time. The resulting instants are strictly increasing and never overlap (see docs/decisions/0001).
 */
public final class SlotGrid {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public List<GridSlot> slotsFor(LocalDate date, OpeningHours hours, int offsetMinutes, SlotLength length,
                                   ZoneId zone) {
        if (hours.openMinutes() == 0) {
            return List.of();
        }
        int closing = hours.closingMinuteOfDay();
        List<GridSlot> slots = new ArrayList<>();
        for (int start = hours.openingMinuteOfDay() + offsetMinutes;
             start + length.minutes() <= closing; start += length.minutes()) {
            LocalTime startTime = LocalTime.ofSecondOfDay(start * 60L);
            LocalTime endTime = LocalTime.ofSecondOfDay((start + length.minutes()) % MINUTES_PER_DAY * 60L);
            LocalDateTime localStart = LocalDateTime.of(date, startTime);
            LocalDateTime localEnd = date.atStartOfDay().plusMinutes(start + length.minutes());
            if (exists(localStart, zone) && (exists(localEnd, zone) || startsGap(localEnd, zone))) {
                slots.add(new GridSlot(startTime, endTime, new TimeSlot(
                        ZonedDateTime.ofLocal(localStart, zone, null).toInstant(),
                        ZonedDateTime.ofLocal(localEnd, zone, null).toInstant())));
            }
        }
        return slots;
    }

    private static boolean exists(LocalDateTime local, ZoneId zone) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }

    /** The first missing wall-clock time of a spring gap (02:00 in Madrid): as an end it is the change instant. */
    private static boolean startsGap(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap() && transition.getDateTimeBefore().equals(local);
    }
}
