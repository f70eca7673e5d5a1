package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.comparison.Comparison;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Estimated revenue rounded HALF_UP to 2 decimals. {@code comparison.previous()} is {@code previous_estimated};
 * {@code comparison} is {@code null} when no comparison was requested.
 */
public record RevenueSection(BigDecimal estimatedTotal, Currency currency, String source, String note,
                             Comparison comparison) {
    public RevenueSection {
        Objects.requireNonNull(estimatedTotal, "estimatedTotal");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
