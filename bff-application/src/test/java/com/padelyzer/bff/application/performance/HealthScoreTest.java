package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.EndpointLoad;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static com.padelyzer.bff.application.performance.SampleEvidence.dashboard;
import static com.padelyzer.bff.application.performance.SampleEvidence.withCache;
import static org.assertj.core.api.Assertions.assertThat;

class HealthScoreTest {

    @Test
    void is_100_without_traffic_and_without_redis() {
        assertThat(HealthScore.of(SampleEvidence.of())).isEqualTo(100);
        assertThat(HealthScore.of(SampleEvidence.of(dashboard(0, 0, 0)))).isEqualTo(100);
    }

    @Test
    void takes_25_points_times_the_share_of_requests_over_the_threshold() {
        assertThat(HealthScore.of(SampleEvidence.of(dashboard(100, 20, 150)))).isEqualTo(95);
        assertThat(HealthScore.of(SampleEvidence.of(dashboard(100, 100, 150)))).isEqualTo(75);
    }

    @Test
    void takes_10_points_when_p95_is_over_the_threshold() {
        assertThat(HealthScore.of(SampleEvidence.of(dashboard(100, 0, 201)))).isEqualTo(90);
        assertThat(HealthScore.of(SampleEvidence.of(dashboard(100, 0, 200)))).as("at the threshold is not over").isEqualTo(100);
    }

    @Test
    void takes_up_to_20_points_for_a_hit_rate_below_half_once_100_requests_went_through_the_cache() {
        assertThat(HealthScore.of(SampleEvidence.of(withCache(dashboard(100, 0, 10), 0, 100)))).isEqualTo(80);
        assertThat(HealthScore.of(SampleEvidence.of(withCache(dashboard(100, 0, 10), 25, 75)))).isEqualTo(90);
        assertThat(HealthScore.of(SampleEvidence.of(withCache(dashboard(100, 0, 10), 50, 50)))).isEqualTo(100);
        assertThat(HealthScore.of(SampleEvidence.of(withCache(dashboard(99, 0, 10), 0, 99))))
                .as("too few requests to judge").isEqualTo(100);
    }

    @Test
    void takes_15_points_when_redis_is_configured_but_down_and_none_when_it_is_not_configured() {
        assertThat(HealthScore.of(SampleEvidence.of(SampleEvidence.redis(false)))).isEqualTo(85);
        assertThat(HealthScore.of(SampleEvidence.of(SampleEvidence.redis(true)))).isEqualTo(100);
        assertThat(HealthScore.of(SampleEvidence.of(SampleEvidence.caffeineAlone()))).isEqualTo(100);
    }

    @Test
    void adds_the_penalties_of_every_endpoint_type_and_stops_at_0() {
        EndpointLoad slowAuth = new EndpointLoad("auth_context", 10, 900, 150, 10, 2, 0, 0, 10, 0);
        EndpointLoad slowAvailability = new EndpointLoad("availability", 10, 900, 100, 10, 2, 0, 0, 10, 0);

        assertThat(HealthScore.of(SampleEvidence.of(dashboard(100, 100, 900), slowAuth))).isEqualTo(30);
        assertThat(HealthScore.of(SampleEvidence.of(SampleEvidence.redis(false), dashboard(100, 100, 900), slowAuth,
                slowAvailability))).isZero();
    }

    @Property
    void is_always_between_0_and_100(@ForAll @LongRange(min = 0, max = 10_000) long count,
                                     @ForAll @DoubleRange(min = 0, max = 1) double share,
                                     @ForAll @DoubleRange(min = 0, max = 10_000) double p95,
                                     @ForAll @DoubleRange(min = 0, max = 1) double hitShare,
                                     @ForAll boolean redisDown) {
        long exceeded = Math.round(count * share);
        long hits = Math.round(count * hitShare);
        EndpointLoad load = withCache(dashboard(count, exceeded, p95), hits, count - hits);

        int score = HealthScore.of(SampleEvidence.of(redisDown ? SampleEvidence.redis(false) : SampleEvidence.caffeineAlone(), load,
                load, load, load));

        assertThat(score).isBetween(0, 100);
    }

    @Property
    void never_rises_when_more_requests_exceed_the_threshold(@ForAll @LongRange(min = 1, max = 10_000) long count,
                                                            @ForAll @DoubleRange(min = 0, max = 1) double share,
                                                            @ForAll @DoubleRange(min = 0, max = 1) double more,
                                                            @ForAll @DoubleRange(min = 0, max = 1_000) double p95) {
        long fewer = Math.round(count * share);
        long most = Math.min(count, fewer + Math.round(count * more));

        assertThat(HealthScore.of(SampleEvidence.of(dashboard(count, most, p95))))
                .isLessThanOrEqualTo(HealthScore.of(SampleEvidence.of(dashboard(count, fewer, p95))));
    }
}
