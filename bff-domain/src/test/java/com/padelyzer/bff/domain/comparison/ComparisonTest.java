package com.padelyzer.bff.domain.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void computes_change_and_change_percent_like_the_spec_example() {
        assertThat(Comparison.between(new BigDecimal("19.01"), new BigDecimal("17.2")))
                .isEqualTo(new Comparison(new BigDecimal("17.20"), new BigDecimal("1.81"), new BigDecimal("10.52")));
        assertThat(Comparison.between(120, 101))
                .isEqualTo(new Comparison(new BigDecimal("101.00"), new BigDecimal("19.00"), new BigDecimal("18.81")));
    }

    @Test
    void reports_zero_percent_when_the_previous_value_is_zero() {
        assertThat(Comparison.between(14, 0).changePercent()).isEqualByComparingTo("0");
        assertThat(Comparison.between(14, 0).change()).isEqualByComparingTo("14");
    }

    @Test
    void rounds_once_from_unrounded_inputs() {
        BigDecimal twoThirds = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        BigDecimal oneThird = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        Comparison comparison = Comparison.between(twoThirds, oneThird);
        assertThat(comparison.change()).isEqualByComparingTo("0.33");
        assertThat(comparison.changePercent()).isEqualByComparingTo("100.00");   // not (0.67−0.33)/0.33 = 103.03
        assertThat(comparison.previous()).isEqualByComparingTo("0.33");
    }

    @Property(tries = 1000)
    void change_is_the_difference_and_percent_is_relative_to_previous(
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long current,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long previous) {
        Comparison comparison = Comparison.between(current, previous);
        assertThat(comparison.change()).isEqualByComparingTo(BigDecimal.valueOf(current - previous));
        assertThat(comparison.changePercent().scale()).isEqualTo(2);
        if (previous == 0) {
            assertThat(comparison.changePercent()).isEqualByComparingTo("0");
        } else {
            BigDecimal exact = BigDecimal.valueOf((current - previous) * 100L)
                    .divide(BigDecimal.valueOf(previous), MathContext.DECIMAL128);
            assertThat(comparison.changePercent().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }
}
