package com.padelyzer.bff.adapter.persistence.jdbc;

import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs exactly one prepared statement on a pooled connection and reads its first row. The connection comes from
 * the pool as wrapped by the statement counter (Micronaut Data's contextual proxy is resolved away, so no
 * transaction or connection scope is needed); one statement is one consistent snapshot in PostgreSQL.
 * See docs/decisions/0008-single-statement-snapshots-on-the-raw-pool.md.
 */
@Singleton
public final class SingleRowStatement {

    private final DataSource pool;

    SingleRowStatement(DataSource dataSource, DataSourceResolver resolver) {
        this.pool = resolver.resolve(dataSource);
    }

    /**
     * Executes {@code select} with its values bound ({@code null} as SQL NULL) and reads the first row.
     * {@code name} names the statement in failure messages, which never contain the SQL or its values.
     * Work that waited for its thread longer than the connection wait ({@link ThreadWait}) gets no connection: the
     * store is reported unavailable.
     */
    public <T> Optional<T> readFirstRow(String name, SqlFragment select, RowReader<T> reader) {
        Optional<Duration> overrun = ThreadWait.overrun();
        if (overrun.isPresent()) {
            throw new StoreUnavailableException("no connection for " + name + ": the request waited "
                    + overrun.get().toMillis() + " ms for a thread, longer than the connection wait", null);
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(select.sql())) {
            List<Object> parameters = select.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        } catch (SQLException failure) {
            throw SqlFailures.translate(name, failure);
        }
    }
}
