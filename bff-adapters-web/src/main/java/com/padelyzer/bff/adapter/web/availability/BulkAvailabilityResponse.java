package com.padelyzer.bff.adapter.web.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.padelyzer.bff.adapter.web.response.Computation;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.application.port.in.AvailabilityClub;
import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.CourtSlots;
import com.padelyzer.bff.domain.availability.AvailabilitySummary;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.util.List;

/** The bulk availability body of SPEC §5.3; {@code as_of} is when its data was read. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record BulkAvailabilityResponse(String date, String asOf, int slotMinutes, Club club, List<Court> courts,
                                Summary summary, @JsonProperty("_performance") @Schema(name = "__performance") Performance performance) {

    static BulkAvailabilityResponse of(BulkAvailability availability, Computation computation) {
        AvailabilityClub club = availability.club();
        AvailabilitySummary summary = availability.summary();
        return new BulkAvailabilityResponse(IsoText.date(availability.date()), IsoText.timestamp(availability.asOf()),
                availability.slotMinutes(),
                new Club(club.id().toString(), club.name(), club.timezone().getId(), club.isOpen(),
                        IsoText.time(club.openingTime()), IsoText.time(club.closingTime())),
                availability.courts().stream().map(Court::of).toList(),
                new Summary(summary.totalSlots(), summary.availableSlots(), summary.reservedSlots(),
                        summary.occupancyRate(), summary.peakHours().stream().map(IsoText::time).toList()),
                new Performance(computation.cacheKey(), availability.courtsProcessed(),
                        availability.reservationsChecked(), computation.queryCount(),
                        IsoText.timestamp(computation.computedAt())));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Club(String id, String name, String timezone, boolean isOpen, String openingTime, String closingTime) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Court(String id, String name, String surfaceType, BigDecimal pricePerHour, List<Slot> slots) {

        static Court of(CourtSlots court) {
            return new Court(court.id().toString(), court.name(), court.surfaceType().code(), court.pricePerHour(),
                    court.slots().stream().map(Slot::of).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Slot(String startTime, String endTime, boolean isAvailable, @Schema(nullable = true) String reason, BigDecimal price) {

        static Slot of(CourtSlots.Slot slot) {
            return new Slot(IsoText.time(slot.startTime()), IsoText.time(slot.endTime()),
                    slot.availability().isAllowed(), slot.availability().denialReason().orElse(null), slot.price());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(int totalSlots, int availableSlots, int reservedSlots, BigDecimal occupancyRate,
                   List<String> peakHours) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Performance(String cacheKey, int courtsProcessed, int reservationsChecked, int queryCount,
                       String computedAt) {
    }
}
