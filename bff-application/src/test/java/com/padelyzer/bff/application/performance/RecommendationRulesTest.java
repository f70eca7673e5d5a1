package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.Recommendation;
import com.padelyzer.bff.application.port.in.Recommendation.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.padelyzer.bff.application.performance.SampleEvidence.dashboard;
import static com.padelyzer.bff.application.performance.SampleEvidence.index;
import static com.padelyzer.bff.application.performance.SampleEvidence.indexes;
import static com.padelyzer.bff.application.performance.SampleEvidence.withCache;
import static com.padelyzer.bff.application.performance.SampleEvidence.withDuplicates;
import static org.assertj.core.api.Assertions.assertThat;

class RecommendationRulesTest {

    private static final long WEEK = 7 * 24 * 3600;

    private static List<Recommendation> standard(PerformanceEvidence evidence) {
        return RecommendationRules.standard().recommend(evidence);
    }

    @Test
    void quiet_evidence_triggers_no_rule() {
        assertThat(standard(SampleEvidence.of(dashboard(1_000, 10, 120))))
                .isEmpty();
    }

    @Test
    void p95_over_threshold_names_the_endpoint_its_p95_and_the_threshold() {
        List<Recommendation> advice = new P95OverThresholdRule().recommend(
                SampleEvidence.of(dashboard(10, 1, 250), dashboard(0, 0, 999)));

        assertThat(advice).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.rule()).isEqualTo("p95_over_threshold");
            assertThat(recommendation.evidence()).isEqualTo(new Evidence(Optional.of("dashboard"), "p95_ms", 250, 200));
            assertThat(recommendation.message()).contains("250 ms", "200 ms");
        });
    }

    @Test
    void often_over_threshold_needs_more_than_10_percent_of_at_least_20_requests() {
        OftenOverThresholdRule rule = new OftenOverThresholdRule();

        assertThat(rule.recommend(SampleEvidence.of(dashboard(20, 3, 10))))
                .singleElement().extracting(Recommendation::evidence)
                .isEqualTo(new Evidence(Optional.of("dashboard"), "exceeded_share", 0.15, 0.10));
        assertThat(rule.recommend(SampleEvidence.of(dashboard(20, 2, 10))))
                .as("exactly 10 %").isEmpty();
        assertThat(rule.recommend(SampleEvidence.of(dashboard(19, 19, 10))))
                .as("too few requests").isEmpty();
    }

    @Test
    void low_hit_rate_needs_100_cached_requests_and_fewer_than_half_hits() {
        LowHitRateRule rule = new LowHitRateRule();

        assertThat(rule.recommend(SampleEvidence.of(
                withCache(dashboard(100, 0, 10), 40, 60)))).singleElement().extracting(Recommendation::evidence)
                .isEqualTo(new Evidence(Optional.of("dashboard"), "hit_rate", 0.4, 0.5));
        assertThat(rule.recommend(SampleEvidence.of(
                withCache(dashboard(100, 0, 10), 50, 50)))).isEmpty();
        assertThat(rule.recommend(SampleEvidence.of(
                withCache(dashboard(99, 0, 10), 0, 99)))).isEmpty();
    }

    @Test
    void duplicate_statements_name_how_many_were_repeated() {
        assertThat(new DuplicateStatementsRule().recommend(SampleEvidence.of(
                withDuplicates(dashboard(5, 0, 10), 3), dashboard(5, 0, 10))))
                .singleElement().extracting(Recommendation::evidence)
                .isEqualTo(new Evidence(Optional.of("dashboard"), "duplicate_statements", 3, 0));
    }

    @Test
    void redis_unavailable_only_when_configured_and_down() {
        RedisUnavailableRule rule = new RedisUnavailableRule();

        assertThat(rule.recommend(SampleEvidence.of(
                SampleEvidence.redis(false))))
                .singleElement().extracting(Recommendation::evidence)
                .isEqualTo(new Evidence(Optional.empty(), "redis_available", 0, 1));
        assertThat(rule.recommend(SampleEvidence.of(
                SampleEvidence.redis(true)))).isEmpty();
        assertThat(rule.recommend(SampleEvidence.of())).isEmpty();
    }

    @Test
    void unused_index_needs_a_week_of_statistics_and_skips_constraint_indexes() {
        UnusedIndexRule rule = new UnusedIndexRule();
        var usage = indexes(WEEK, index("idx_bff_unused", 0, false), index("idx_bff_used", 12, false),
                index("idx_bff_unique", 0, true));

        assertThat(rule.recommend(new PerformanceEvidence(List.of(),
                SampleEvidence.caffeineAlone(), usage)))
                .singleElement().extracting(Recommendation::evidence)
                .isEqualTo(new Evidence(Optional.empty(), "scans:idx_bff_unused", 0, 1));
        assertThat(rule.recommend(new PerformanceEvidence(List.of(),
                SampleEvidence.caffeineAlone(),
                indexes(WEEK - 1, index("idx_bff_unused", 0, false))))).isEmpty();
    }

    @Test
    void the_standard_rules_list_their_advice_in_rule_order() {
        PerformanceEvidence bad = SampleEvidence.of(
                SampleEvidence.redis(false),
                withDuplicates(withCache(dashboard(100, 50, 400), 10, 90), 1));

        assertThat(standard(bad)).extracting(Recommendation::rule).containsExactly("p95_over_threshold",
                "often_over_threshold", "low_hit_rate", "duplicate_statements", "redis_unavailable");
    }
}
