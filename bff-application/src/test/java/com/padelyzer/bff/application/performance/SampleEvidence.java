package com.padelyzer.bff.application.performance;

import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.EndpointLoad;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import com.padelyzer.bff.application.port.in.IndexUsageReport.IndexUsage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Evidence for the score and the rules: quiet unless a test says otherwise. */
final class SampleEvidence {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private SampleEvidence() {
    }

    /** {@code count} dashboard requests, {@code exceeded} of them over 200 ms, p95 {@code p95Ms}, none through the cache. */
    static EndpointLoad dashboard(long count, long exceeded, double p95Ms) {
        return new EndpointLoad("dashboard", count, p95Ms, 200, exceeded, 2, 0, 0, 0, 0);
    }

    static EndpointLoad withCache(EndpointLoad load, long hits, long misses) {
        return new EndpointLoad(load.endpoint(), load.count(), load.p95Ms(), load.thresholdMs(), load.exceeded(),
                load.meanQueries(), load.duplicateStatements(), hits, misses, 0);
    }

    static EndpointLoad withDuplicates(EndpointLoad load, long duplicates) {
        return new EndpointLoad(load.endpoint(), load.count(), load.p95Ms(), load.thresholdMs(), load.exceeded(),
                load.meanQueries(), duplicates, load.hits(), load.misses(), load.stale());
    }

    static CacheStatusReport caffeineAlone() {
        return new CacheStatusReport("caffeine", Optional.empty(), false, List.of(), 0, 0, 0);
    }

    static CacheStatusReport redis(boolean available) {
        return new CacheStatusReport("caffeine", Optional.of("redis"), available, List.of(), 0, 0, 0);
    }

    static IndexUsageReport indexes(long ageSeconds, IndexUsage... indexes) {
        return new IndexUsageReport(NOW, NOW.minusSeconds(ageSeconds), ageSeconds, List.of(indexes));
    }

    static IndexUsage index(String name, long scans, boolean backsConstraint) {
        return new IndexUsage(name, "reservations_reservation", scans, 0, 0, 8192, "CREATE INDEX " + name, true,
                backsConstraint);
    }

    static PerformanceEvidence of(EndpointLoad... endpoints) {
        return new PerformanceEvidence(List.of(endpoints), caffeineAlone(), indexes(0));
    }

    static PerformanceEvidence of(CacheStatusReport cache, EndpointLoad... endpoints) {
        return new PerformanceEvidence(List.of(endpoints), cache, indexes(0));
    }
}
