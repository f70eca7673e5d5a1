package com.padelyzer.bff.app.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One prepared INSERT, fed row by row and sent to the server in batches of {@value #BATCH_SIZE}. */
final class InsertBatch implements AutoCloseable {

    private static final int BATCH_SIZE = 1_000;

    private final PreparedStatement statement;
    private int pending;

    InsertBatch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
