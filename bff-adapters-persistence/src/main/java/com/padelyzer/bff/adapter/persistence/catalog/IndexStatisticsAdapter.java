package com.padelyzer.bff.adapter.persistence.catalog;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.IndexStatistics;
import com.padelyzer.bff.application.port.out.LoadIndexStatisticsPort;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/**
 * {@link LoadIndexStatisticsPort} from {@code pg_stat_user_indexes} in one statement. The statistics count since the
 * database's last {@code pg_stat_reset()}, else since the server started.
 */
@Singleton
final class IndexStatisticsAdapter implements LoadIndexStatisticsPort {

    static final SqlFragment SELECT = SqlFragment.of("""
            SELECT json_build_object(
              'countingSince', coalesce((SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
                                        pg_postmaster_start_time()),
              'indexes', coalesce((SELECT json_agg(json_build_object(
                    'name', s.indexrelname, 'table', s.relname, 'scans', s.idx_scan, 'tuplesRead', s.idx_tup_read,
                    'tuplesFetched', s.idx_tup_fetch, 'sizeBytes', pg_relation_size(s.indexrelid),
                    'definition', pg_get_indexdef(s.indexrelid), 'valid', i.indisvalid,
                    'backsConstraint', EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = s.indexrelid))
                  ORDER BY s.indexrelname)
                FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid
                WHERE s.indexrelname LIKE 'idx\\_bff\\_%'), '[]'::json))""");

    private final SingleRowStatement statement;
    private final JsonMapper json;

    IndexStatisticsAdapter(SingleRowStatement statement, JsonMapper json) {
        this.statement = statement;
        this.json = json;
    }

    @Override
    public IndexStatistics loadIndexStatistics() {
        String document = statement.readFirstRow("index statistics", SELECT, row -> row.getString(1))
                .orElseThrow(() -> new IllegalStateException("the index statistics statement returned no row"));
        IndexStatisticsRow row = parse(document);
        return new IndexStatistics(row.indexes().stream()
                .map(i -> new IndexStatistics.Index(i.name(), i.table(), i.scans(), i.tuplesRead(), i.tuplesFetched(),
                        i.sizeBytes(), i.definition(), i.valid(), i.backsConstraint()))
                .toList(), OffsetDateTime.parse(row.countingSince()).toInstant());
    }

    private IndexStatisticsRow parse(String document) {
        try {
            return json.readValue(document, IndexStatisticsRow.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable index statistics document", e);
        }
    }
}
