package com.padelyzer.bff.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A profile counted as new without its zone (where the profiles are) is new in every zone, and counting the sure
 * ones apart from the others gives the same new customers as leaving every profile to the zone.
 */
class CustomerCounterSurelyInsideTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final int[] PERIODS = {7, 30, 90, 365};

    @Property
    void a_surely_inside_profile_falls_inside_the_window_in_every_zone(
            @ForAll @IntRange(min = 0, max = 700) int startOffset, @ForAll @IntRange(min = 0, max = 3) int period,
            @ForAll @LongRange(min = -3 * 86_400, max = 368 * 86_400) long secondsFromStart,
            @ForAll("zones") ZoneId zone) {
        DateWindow window = window(startOffset, period);
        Instant createdAt = window.start().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(secondsFromStart);

        if (CustomerCounter.surelyInside(window, createdAt)) {
            assertThat(window.contains(createdAt.atZone(zone).toLocalDate())).isTrue();
        }
    }

    @Property
    void counting_the_sure_ones_apart_gives_the_same_new_customers(
            @ForAll @IntRange(min = 0, max = 700) int startOffset, @ForAll @IntRange(min = 0, max = 3) int period,
            @ForAll("createdAround") List<Long> secondsFromStart, @ForAll("zones") ZoneId zone) {
        DateWindow window = window(startOffset, period);
        Instant start = window.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ClientProfile> profiles = new java.util.ArrayList<>();
        for (int i = 0; i < secondsFromStart.size(); i++) {
            profiles.add(new ClientProfile(new UserId(i + 1), start.plusSeconds(secondsFromStart.get(i))));
        }
        CustomerCounter counter = new CustomerCounter();
        long surelyNew = profiles.stream().filter(p -> CustomerCounter.surelyInside(window, p.createdAt())).count();
        List<ClientProfile> others = profiles.stream()
                .filter(p -> !CustomerCounter.surelyInside(window, p.createdAt())).toList();

        assertThat(counter.count(window, profiles.size(), surelyNew, others, zone))
                .isEqualTo(counter.count(window, profiles.size(), 0, profiles, zone));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        Arbitrary<ZoneId> offsets = Arbitraries.integers().between(-18 * 3600, 18 * 3600)
                .map(seconds -> (ZoneId) ZoneOffset.ofTotalSeconds(seconds));
        Arbitrary<ZoneId> regions = Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
        return Arbitraries.oneOf(offsets, regions);
    }

    @Provide
    Arbitrary<List<Long>> createdAround() {
        return Arbitraries.longs().between(-3 * 86_400, 368 * 86_400).list().ofMaxSize(40);
    }

    private static DateWindow window(int startOffset, int period) {
        LocalDate start = BASE.plusDays(startOffset);
        return new DateWindow(start, start.plusDays(PERIODS[period] - 1));
    }
}
