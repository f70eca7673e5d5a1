package com.padelyzer.bff.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.ClubId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cache policy's own guards, each bound checked on both sides. */
class CachePolicyBoundsTest {

    private static final ClubId CLUB = new ClubId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static boolean accepted(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException rejected) {
            return false;
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void every_ttl_must_be_positive(@ForAll @IntRange(max = 4) int slot, @ForAll @IntRange(min = -2, max = 2) int seconds) {
        Duration[] ttls = {Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(3600),
                Duration.ofSeconds(600), Duration.ofSeconds(600)};
        ttls[slot] = Duration.ofSeconds(seconds);
        assertThat(accepted(() -> new CacheTtls(ttls[0], ttls[1], ttls[2], ttls[3], ttls[4]))).isEqualTo(seconds > 0);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_block_change_spans_one_to_thirty_two_dates(@ForAll @IntRange(min = -2, max = 35) int lastDayOffset) {
        assertThat(accepted(() -> new DataChange.BlockedSlotChanged(CLUB, DAY, DAY.plusDays(lastDayOffset))))
                .isEqualTo(lastDayOffset >= 0 && lastDayOffset <= 31);
    }

    @Test
    void a_key_pattern_is_a_literal_prefix_so_no_glob_character_reaches_a_redis_scan() {
        for (String glob : new String[] {"bff:*", "bff:?", "bff:[ab]", "bff:dashboard:?:", "bff:club:[", "other:"}) {
            assertThat(accepted(() -> new KeyPattern(glob))).as(glob).isFalse();
        }
        assertThat(accepted(() -> new KeyPattern("bff:club:" + CLUB + ":"))).isTrue();
    }

    @Test
    void canonical_parameters_hand_out_a_sorted_copy() {
        CanonicalParameters parameters = CanonicalParameters.of(Map.of("period", "month", "club", "c1"));
        parameters.values().put("club", "c2");
        assertThat(parameters.values()).containsExactly(Map.entry("club", "c1"), Map.entry("period", "month"));
        assertThat(parameters.canonical()).isEqualTo("club=c1&period=month");
    }
}
