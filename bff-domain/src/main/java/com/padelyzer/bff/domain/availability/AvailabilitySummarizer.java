package com.padelyzer.bff.domain.availability;

import com.padelyzer.bff.domain.slot.SlotConflictPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the {@link AvailabilitySummary} of a set of court grids. */
public final class AvailabilitySummarizer {

    private static final int PEAK_HOURS = 3;

    public AvailabilitySummary summarize(List<CourtAvailability> courts) {
        int total = 0;
        int available = 0;
        int reserved = 0;
        Map<LocalTime, Integer> reservedByStart = new TreeMap<>();
        for (CourtAvailability court : courts) {
            for (SlotAvailability slot : court.slots()) {
                total++;
                if (slot.isAvailable()) {
                    available++;
                } else if (slot.reason().filter(SlotConflictPolicy.RESERVED::equals).isPresent()) {
                    reserved++;
                    reservedByStart.merge(slot.slot().startTime(), 1, Integer::sum);
                }
            }
        }
        BigDecimal rate = total == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(reserved * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return new AvailabilitySummary(total, available, reserved, rate, peakHours(reservedByStart));
    }

    private static List<LocalTime> peakHours(Map<LocalTime, Integer> reservedByStart) {
        return reservedByStart.entrySet().stream()
                .sorted(Map.Entry.<LocalTime, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(PEAK_HOURS)
                .map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
