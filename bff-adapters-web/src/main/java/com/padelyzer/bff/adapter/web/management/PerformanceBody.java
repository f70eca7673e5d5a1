package com.padelyzer.bff.adapter.web.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.monitoring.EndpointFigures;
import com.padelyzer.bff.adapter.web.monitoring.EndpointType;
import com.padelyzer.bff.adapter.web.monitoring.PerformanceAlert;
import com.padelyzer.bff.adapter.web.monitoring.RequestStatistics;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.application.port.in.PerformanceReport;
import com.padelyzer.bff.application.port.in.Recommendation;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The performance report (SPEC §7): when, the health score, the monitor's figures (per endpoint type, the last
 * alerts, the thresholds in ms), the cache's status, the indexes' summary and the recommendations with evidence.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record PerformanceBody(String timestamp, int healthScore, Performance performance, CacheStatusBody cache,
                       Database database, List<RecommendationBody> recommendations) {

    static PerformanceBody of(PerformanceReport report, RequestStatistics statistics) {
        return new PerformanceBody(IsoText.timestamp(report.generatedAt()), report.healthScore(),
                Performance.of(statistics), CacheStatusBody.of(report.cache()),
                new Database(report.database().indexes(), report.database().indexesWithoutScans(),
                        report.database().statisticsAgeSeconds()),
                report.recommendations().stream().map(RecommendationBody::of).toList());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Performance(Map<String, Stats> stats, List<Alert> alerts, Map<String, Long> thresholds) {

        static Performance of(RequestStatistics statistics) {
            Map<String, Stats> stats = new TreeMap<>();
            statistics.figures().forEach((type, figures) -> stats.put(type.code(), Stats.of(figures)));
            Map<String, Long> thresholds = new TreeMap<>();
            statistics.thresholds().forEach((type, threshold) -> thresholds.put(type.code(), threshold.toMillis()));
            return new Performance(stats, statistics.recentAlerts().stream().map(Alert::of).toList(), thresholds);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Stats(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs, long exceeded,
                 double meanQueries, long duplicateStatements, long similarStatements, long hits, long misses,
                 long stale, double hitRate) {

        static Stats of(EndpointFigures f) {
            return new Stats(f.count(), f.p50Ms(), f.p95Ms(), f.p99Ms(), f.maxMs(), f.exceeded(), f.meanQueries(),
                    f.duplicateStatements(), f.similarStatements(), f.hits(), f.misses(), f.stale(), f.hitRate());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Alert(String at, String type, String method, String path, int status, double responseTimeMs,
                 double thresholdMs, int queryCount, int duplicateStatements,
                 @Schema(nullable = true) String cacheState, @Schema(nullable = true) String user) {

        static Alert of(PerformanceAlert a) {
            EndpointType type = a.type();
            return new Alert(IsoText.timestamp(a.at()), type == null ? null : type.code(), a.method(), a.path(),
                    a.status(), a.responseTimeMs(), a.thresholdMs(), a.queryCount(), a.duplicateStatements(),
                    a.cacheState(), a.user());
        }
    }

    /** The {@code idx_bff_*} indexes: how many, which had no scan, how long the statistics have counted. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Database(int indexes, List<String> indexesWithoutScans, long statisticsAgeSeconds) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RecommendationBody(String rule, String message, EvidenceBody evidence) {

        static RecommendationBody of(Recommendation recommendation) {
            Recommendation.Evidence e = recommendation.evidence();
            return new RecommendationBody(recommendation.rule(), recommendation.message(),
                    new EvidenceBody(e.endpoint().orElse(null), e.figure(), e.value(), e.threshold()));
        }
    }

    /** Which endpoint type (null for the cache or the database as a whole), which figure, its value, the threshold. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EvidenceBody(@Schema(nullable = true) String endpoint, String figure, double value, double threshold) {
    }
}
