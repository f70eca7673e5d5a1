package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.comparison.Comparison;

/**
 * Active and new customers. {@code comparison.previous()} is {@code previous_active}; {@code comparison} is
 * {@code null} when no comparison was requested.
 */
public record CustomersSection(long activeCustomers, long newCustomers, Comparison comparison) {
    public CustomersSection {
        if (activeCustomers < 0 || newCustomers < 0) {
            throw new IllegalArgumentException("customer counts cannot be negative");
        }
    }
}
