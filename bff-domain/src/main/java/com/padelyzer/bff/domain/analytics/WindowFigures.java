package com.padelyzer.bff.domain.analytics;

import com.padelyzer.bff.domain.customer.CustomerCounts;
import com.padelyzer.bff.domain.occupancy.Occupancy;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.revenue.Money;
import java.util.Objects;

/** Unrounded dashboard figures of one window. */
public record WindowFigures(DateWindow window, Occupancy occupancy, Money revenue, CustomerCounts customers) {
    public WindowFigures {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(occupancy, "occupancy");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(customers, "customers");
    }
}
