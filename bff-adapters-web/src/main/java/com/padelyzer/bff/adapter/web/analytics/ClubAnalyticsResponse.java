package com.padelyzer.bff.adapter.web.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.application.port.in.ClubAnalytics;
import com.padelyzer.bff.application.port.in.CustomersSection;
import com.padelyzer.bff.application.port.in.OccupancySection;
import com.padelyzer.bff.application.port.in.RevenueSection;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;

/**
 * The dashboard body of SPEC §5.1. A section that was not asked for is absent; a section's {@code comparison} is
 * {@code null} (present) when no comparison was asked for.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClubAnalyticsResponse(String period, String startDate, String endDate, String generatedAt, Club club,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "absent when not asked for")
                             @JsonInclude(JsonInclude.Include.NON_NULL) Occupancy occupancy,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "absent when not asked for")
                             @JsonInclude(JsonInclude.Include.NON_NULL) Customers customers,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "absent when not asked for")
                             @JsonInclude(JsonInclude.Include.NON_NULL) Revenue revenue,
                             @JsonProperty("_performance") @Schema(name = "__performance") Performance performance) {

    static ClubAnalyticsResponse of(ClubAnalytics analytics, Computation computation) {
        return new ClubAnalyticsResponse(analytics.period().code(), IsoText.date(analytics.startDate()),
                IsoText.date(analytics.endDate()), IsoText.timestamp(analytics.generatedAt()),
                new Club(analytics.club().id().toString(), analytics.club().name()),
                analytics.occupancySection().map(Occupancy::of).orElse(null),
                analytics.customersSection().map(Customers::of).orElse(null),
                analytics.revenueSection().map(Revenue::of).orElse(null),
                new Performance(computation.cacheKey(), computation.queryCount(),
                        IsoText.timestamp(computation.computedAt())));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Club(String id, String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Occupancy(long totalReservations, BigDecimal bookedHours, BigDecimal availableHours, long totalSlots,
                     BigDecimal occupancyRate, @Schema(nullable = true) RateComparison comparison) {

        static Occupancy of(OccupancySection section) {
            return new Occupancy(section.totalReservations(), section.bookedHours(), section.availableHours(),
                    section.totalSlots(), section.occupancyRate(), section.comparison() == null ? null
                    : new RateComparison(section.comparison().previous(), section.comparison().change(),
                            section.comparison().changePercent()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RateComparison(BigDecimal previousRate, BigDecimal change, BigDecimal changePercent) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Customers(long activeCustomers, long newCustomers, @Schema(nullable = true) CustomerComparison comparison) {

        static Customers of(CustomersSection section) {
            return new Customers(section.activeCustomers(), section.newCustomers(), section.comparison() == null
                    ? null : new CustomerComparison(section.comparison().previous().longValue(),
                    section.comparison().change().longValue(), section.comparison().changePercent()));
        }
    }

    /** Customer counts are whole numbers; only the percentage has decimals. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CustomerComparison(long previousActive, long change, BigDecimal changePercent) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Revenue(BigDecimal estimatedTotal, String currency, String source, String note,
                   @Schema(nullable = true) RevenueComparison comparison) {

        static Revenue of(RevenueSection section) {
            return new Revenue(section.estimatedTotal(), section.currency().getCurrencyCode(), section.source(),
                    section.note(),
                    section.comparison() == null ? null : new RevenueComparison(section.comparison().previous(),
                            section.comparison().change(), section.comparison().changePercent()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RevenueComparison(BigDecimal previousEstimated, BigDecimal change, BigDecimal changePercent) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Performance(String cacheKey, int queryCount, String computedAt) {
    }
}
