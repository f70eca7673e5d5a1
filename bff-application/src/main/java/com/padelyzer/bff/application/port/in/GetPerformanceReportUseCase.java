package com.padelyzer.bff.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * The management performance report (SPEC §7, {@code /api/management/bff/performance/}): from the request
 * monitor's figures (which the web adapter keeps and hands in), a health score and recommendations, beside the
 * cache's status and the database's indexes.
 */
public interface GetPerformanceReportUseCase {

    PerformanceReport getPerformanceReport(GetPerformanceReportQuery query);

    record GetPerformanceReportQuery(List<EndpointLoad> endpoints) {
        public GetPerformanceReportQuery {
            endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
        }
    }
}
