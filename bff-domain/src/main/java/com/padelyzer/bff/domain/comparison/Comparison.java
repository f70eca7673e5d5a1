package com.padelyzer.bff.domain.comparison;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A figure against the previous window: change = current − previous; change percent = change ÷ previous × 100,
 * 0 when previous is 0. All three are computed from the unrounded inputs and rounded HALF_UP to 2 decimals once.
 */
public record Comparison(BigDecimal previous, BigDecimal change, BigDecimal changePercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Comparison {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changePercent, "changePercent");
    }

    public static Comparison between(BigDecimal current, BigDecimal previous) {
        BigDecimal change = current.subtract(previous);
        BigDecimal percent = previous.signum() == 0 ? BigDecimal.ZERO
                : change.multiply(HUNDRED).divide(previous, MathContext.DECIMAL128);
        return new Comparison(round(previous), round(change), round(percent));
    }

    public static Comparison between(long current, long previous) {
        return between(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
