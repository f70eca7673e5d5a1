package com.padelyzer.bff.adapter.web.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.openapi.ManagementResponses;
import com.padelyzer.bff.adapter.web.read.Access;
import com.padelyzer.bff.adapter.web.read.Caller;
import com.padelyzer.bff.adapter.web.read.Read;
import com.padelyzer.bff.adapter.web.read.ReadPath;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase;
import com.padelyzer.bff.application.port.in.GetIndexUsageUseCase.GetIndexUsageQuery;
import com.padelyzer.bff.application.port.in.IndexUsageReport;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/management/bff/database/indexes/}: the {@code idx_bff_*} indexes with scans, tuples, size and
 * definition, and how long the statistics have been counting. Staff only.
 */
@Tag(name = "Management")
@Controller("/api/management/bff/database/indexes/")
@ExecuteOn(TaskExecutors.BLOCKING)
final class IndexUsageController {

    private final GetIndexUsageUseCase indexes;
    private final ReadPath path;

    IndexUsageController(GetIndexUsageUseCase indexes, ReadPath path) {
        this.indexes = indexes;
        this.path = path;
    }

    @Operation(summary = "Usage statistics of the idx_bff_* indexes and how long they have been counting (staff only)")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = IndexesBody.class)))
    @ManagementResponses
    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request, Caller caller) {
        return path.serve(request, caller, Read.uncached(Access.staff(),
                () -> Optional.of(indexes.getIndexUsage(new GetIndexUsageQuery())), IndexesBody::of));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IndexesBody(String generatedAt, String statisticsSince, long statisticsAgeSeconds, List<IndexBody> indexes) {

        static IndexesBody of(IndexUsageReport report) {
            return new IndexesBody(IsoText.timestamp(report.generatedAt()), IsoText.timestamp(report.statisticsSince()),
                    report.statisticsAgeSeconds(), report.indexes().stream().map(IndexBody::of).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IndexBody(String name, String table, long scans, long tuplesRead, long tuplesFetched, long sizeBytes,
                     String definition, boolean valid, boolean backsConstraint) {

        static IndexBody of(IndexUsageReport.IndexUsage index) {
            return new IndexBody(index.name(), index.table(), index.scans(), index.tuplesRead(), index.tuplesFetched(),
                    index.sizeBytes(), index.definition(), index.valid(), index.backsConstraint());
        }
    }
}
