package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import com.padelyzer.bff.application.port.out.IndexStatistics;
import com.padelyzer.bff.application.port.out.LoadIndexStatisticsPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Reads the index statistics and says how old they are. */
public final class GetIndexUsageService implements GetIndexUsageUseCase {

    private final LoadIndexStatisticsPort statistics;
    private final Clock clock;

    public GetIndexUsageService(LoadIndexStatisticsPort statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public IndexUsageReport getIndexUsage(GetIndexUsageQuery query) {
        IndexStatistics read = statistics.loadIndexStatistics();
        Instant now = clock.instant();
        long age = Math.max(0, Duration.between(read.countingSince(), now).toSeconds());
        return new IndexUsageReport(now, read.countingSince(), age, read.indexes().stream()
                .map(i -> new IndexUsageReport.IndexUsage(i.name(), i.table(), i.scans(), i.tuplesRead(),
                        i.tuplesFetched(), i.sizeBytes(), i.definition(), i.valid(), i.backsConstraint()))
                .toList());
    }
}
