package com.padelyzer.bff.adapter.web.availability;

import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.in.BulkAvailability;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase;
import com.padelyzer.bff.application.port.in.GetBulkAvailabilityUseCase.GetBulkAvailabilityQuery;
import jakarta.inject.Singleton;

/** Bulk availability as a {@link Read}, for its controller and the cache warm-up alike. */
@Singleton
public final class AvailabilityReads {

    private final GetBulkAvailabilityUseCase availability;
    private final CacheKeys keys;

    AvailabilityReads(GetBulkAvailabilityUseCase availability, CacheKeys keys) {
        this.availability = availability;
        this.keys = keys;
    }

    public Read<BulkAvailability> of(GetBulkAvailabilityQuery query) {
        return Read.cached(Access.club(query.club(), ClubAccessPurpose.AVAILABILITY), CacheType.AVAILABILITY,
                keys.availability(query.club(), query.date(), query.courts(), query.slotLength().minutes()),
                () -> availability.getBulkAvailability(query), BulkAvailabilityResponse::of);
    }
}
