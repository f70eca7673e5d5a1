package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard answer. A section is {@code null} when it was not requested; use the Optional accessors.
 * {@code startDate}..{@code endDate} is the club-local window, inclusive.
 */
public record ClubAnalytics(AnalyticsPeriod period, LocalDate startDate, LocalDate endDate, Instant generatedAt,
                            ClubRef club, OccupancySection occupancy, CustomersSection customers,
                            RevenueSection revenue) {
    public ClubAnalytics {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(club, "club");
    }

    public Optional<OccupancySection> occupancySection() {
        return Optional.ofNullable(occupancy);
    }

    public Optional<CustomersSection> customersSection() {
        return Optional.ofNullable(customers);
    }

    public Optional<RevenueSection> revenueSection() {
        return Optional.ofNullable(revenue);
    }
}
