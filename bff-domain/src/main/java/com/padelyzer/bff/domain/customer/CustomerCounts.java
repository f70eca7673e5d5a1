package com.padelyzer.bff.domain.customer;

/** Active customers of a window and how many of them are new. */
public record CustomerCounts(long active, long newCustomers) {
    public CustomerCounts {
        if (active < 0 || newCustomers < 0 || newCustomers > active) {
            throw new IllegalArgumentException("new customers are a subset of the active ones");
        }
    }
}
