package com.padelyzer.bff.domain.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency. Arithmetic stays exact; {@link #rounded()} rounds HALF_UP to 2 decimals, once, at the edge. */
public record Money(BigDecimal amount, Currency currency) {
    public static final Currency MXN = Currency.getInstance("MXN");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public BigDecimal rounded() {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
