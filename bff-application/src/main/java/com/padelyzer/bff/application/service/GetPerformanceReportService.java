package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.performance.HealthScore;
import com.padelyzer.bff.application.performance.PerformanceEvidence;
import com.padelyzer.bff.application.performance.RecommendationRules;
import com.padelyzer.bff.application.port.in.CacheStatusReport;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase;
import com.padelyzer.bff.application.port.in.GetCacheStatusUseCase.GetCacheStatusQuery;
import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase;
import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase.GetIndexUsageQuery;
import com.padelyzer.bff.application.port.in.GetPerformanceReportUseCase;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import com.padelyzer.bff.application.port.in.PerformanceReport;

/**
 * Gathers the evidence (the monitor's figures as handed in, the cache's status, the index statistics: one
 * statement), scores it and applies the recommendation rules.
 */
public final class GetPerformanceReportService implements GetPerformanceReportUseCase {

    private final GetCacheStatusUseCase cache;
    private final GetIndexUsageUseCase indexes;
    private final RecommendationRules rules;

    public GetPerformanceReportService(GetCacheStatusUseCase cache, GetIndexUsageUseCase indexes,
                                       RecommendationRules rules) {
        this.cache = cache;
        this.indexes = indexes;
        this.rules = rules;
    }

    @Override
    public PerformanceReport getPerformanceReport(GetPerformanceReportQuery query) {
        CacheStatusReport status = cache.getCacheStatus(new GetCacheStatusQuery());
        IndexUsageReport usage = indexes.getIndexUsage(new GetIndexUsageQuery());
        PerformanceEvidence evidence = new PerformanceEvidence(query.endpoints(), status, usage);
        return new PerformanceReport(usage.generatedAt(), HealthScore.of(evidence), status, summary(usage),
                rules.recommend(evidence));
    }

    private static PerformanceReport.DatabaseSummary summary(IndexUsageReport usage) {
        return new PerformanceReport.DatabaseSummary(usage.indexes().size(), usage.indexes().stream()
                .filter(index -> index.scans() == 0).map(IndexUsageReport.IndexUsage::name).toList(),
                usage.statisticsAgeSeconds());
    }
}
