package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.policy.Decision;
import com.padelyzer.bff.domain.reservation.Reservation;
import com.padelyzer.bff.domain.schedule.OpeningHours;
import com.padelyzer.bff.domain.slot.BlockedSlot;
import com.padelyzer.bff.domain.slot.GridSlot;
import com.padelyzer.bff.domain.slot.SlotCheck;
import com.padelyzer.bff.domain.slot.SlotConflictDetector;
import com.padelyzer.bff.domain.slot.SlotGrid;
import com.padelyzer.bff.domain.slot.SlotLength;
import com.padelyzer.bff.domain.slot.TimeSlot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Availability of a club day (SPEC §5.3): the bulk grid of the bookable courts and the single slot check.
 * Pure: the snapshot and "now" come in as arguments.
 */
public final class AvailabilityCalculator {

    /** The single check's reason when the slot lies outside the day's opening hours or the club is closed. */
    public static final String CLOSED = "closed";
    /** The single check's reason when the court is unknown to the club, inactive or under maintenance. */
    public static final String COURT_UNAVAILABLE = "court_unavailable";

    private final SlotGrid grid;
    private final SlotConflictDetector detector;
    private final AvailabilitySummarizer summarizer;

    public AvailabilityCalculator(SlotGrid grid, SlotConflictDetector detector, AvailabilitySummarizer summarizer) {
        this.grid = grid;
        this.detector = detector;
        this.summarizer = summarizer;
    }

    public static AvailabilityCalculator standard() {
        return new AvailabilityCalculator(new SlotGrid(), SlotConflictDetector.standard(), new AvailabilitySummarizer());
    }

    /** The grid of the bookable courts, restricted to {@code courts} unless that is empty (= all). */
    public ClubAvailability availability(ClubDay day, SlotLength length, Set<CourtId> courts, Instant now) {
        OpeningHours hours = day.hours();
        Map<CourtId, List<TimeSlot>> reserved = reservedSpans(day);
        List<CourtAvailability> result = new ArrayList<>();
        for (Court court : day.courts()) {
            if (!court.isBookable() || !(courts.isEmpty() || courts.contains(court.id()))) {
                continue;
            }
            List<TimeSlot> blocked = blockedSpans(day, court.id());
            List<TimeSlot> held = reserved.getOrDefault(court.id(), List.of());
            BigDecimal price = court.pricePerHour().multiply(BigDecimal.valueOf(length.minutes()))
                    .divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
            List<SlotAvailability> slots = new ArrayList<>();
            for (GridSlot slot : grid.slotsFor(day.date(), hours, court.slotOffsetMinutes(), length,
                    day.club().zone())) {
                Decision decision = detector.decide(new SlotCheck(slot.span(), now, blocked, held));
                slots.add(new SlotAvailability(slot, decision, price));
            }
            result.add(new CourtAvailability(court, slots));
        }
        return new ClubAvailability(hours, length, result, summarizer.summarize(result), day.reservations().size());
    }

    /** The single check for one court and wall-clock range on the day, by the same rules as the grid. */
    public Decision check(ClubDay day, CourtId courtId, LocalTime start, LocalTime end, Instant now) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
        boolean bookable = day.courts().stream().anyMatch(c -> c.id().equals(courtId) && c.isBookable());
        if (!bookable) {
            return Decision.denied(COURT_UNAVAILABLE);
        }
        OpeningHours hours = day.hours();
        if (!hours.covers(start, end)) {
            return Decision.denied(CLOSED);
        }
        return TimeSlot.ofLocal(day.date(), start, end, day.club().zone())
                .map(span -> detector.decide(new SlotCheck(span, now, blockedSpans(day, courtId),
                        reservedSpansOf(day, courtId))))
                .orElse(Decision.denied(CLOSED));
    }

    private static Map<CourtId, List<TimeSlot>> reservedSpans(ClubDay day) {
        Map<CourtId, List<TimeSlot>> spans = new HashMap<>();
        for (Reservation reservation : day.reservations()) {
            if (reservation.holdsCourt() && reservation.date().equals(day.date())) {
                reservation.spanIn(day.club().zone()).ifPresent(span ->
                        spans.computeIfAbsent(reservation.courtId(), id -> new ArrayList<>()).add(span));
            }
        }
        return spans;
    }

    private static List<TimeSlot> reservedSpansOf(ClubDay day, CourtId court) {
        List<TimeSlot> spans = new ArrayList<>();
        for (Reservation reservation : day.reservations()) {
            if (reservation.courtId().equals(court) && reservation.holdsCourt()
                    && reservation.date().equals(day.date())) {
                reservation.spanIn(day.club().zone()).ifPresent(spans::add);
            }
        }
        return spans;
    }

    private static List<TimeSlot> blockedSpans(ClubDay day, CourtId court) {
        List<TimeSlot> spans = new ArrayList<>();
        for (BlockedSlot blocked : day.blockedSlots()) {
            if (blocked.blocks(court)) {
                spans.add(blocked.span());
            }
        }
        return spans;
    }
}
