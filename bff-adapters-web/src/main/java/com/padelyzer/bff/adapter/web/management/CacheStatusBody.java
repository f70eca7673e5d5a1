package com.padelyzer.bff.adapter.web.management;

import com.padelyzer.bff.application.cache.CacheType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The cache's status: backends, response lookups since start with their hit rate, and per type its key prefix, TTL,
 * stale time, entries (in this process; in Redis when there is one and it answers, else null) and the hit rate of
 * the requests answered from it (as {@code X-Cache} said, from the request monitor; null for the types no endpoint
 * answers from, the caller check's, or without traffic).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record CacheStatusBody(Backends backends, Lookups lookups, List<TypeBody> types) {

    /** Without request hit rates (the performance report carries them in its own figures). */
    static CacheStatusBody of(CacheStatusReport report) {
        return of(report, Map.of());
    }

    static CacheStatusBody of(CacheStatusReport report, Map<CacheType, Double> requestHitRates) {
        return new CacheStatusBody(new Backends(report.l1Backend(), report.l2Backend().orElse(null),
                report.redisAvailable()), new Lookups(report.l1Hits(), report.l2Hits(), report.misses(),
                report.hitRate()), report.types().stream()
                .map(type -> TypeBody.of(type, requestHitRates.get(type.type()))).toList());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Backends(String l1, @Schema(nullable = true) String l2, boolean redisAvailable) {
    }

    /** Response lookups of this instance since start: hits in L1, hits in Redis, misses; hits ÷ lookups. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Lookups(long l1Hits, long l2Hits, long misses, double hitRate) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TypeBody(String type, String keyPrefix, long ttlSeconds, long staleSeconds, long l1Entries,
                    @Schema(nullable = true) Long l2Entries, @Schema(nullable = true) Double hitRate) {

        static TypeBody of(CacheStatusReport.TypeStatus status, Double hitRate) {
            return new TypeBody(status.type().code(), status.keyPrefix(), status.ttl().toSeconds(),
                    status.staleFor().toSeconds(), status.l1Entries(), status.l2Entries().orElse(null), hitRate);
        }
    }
}
