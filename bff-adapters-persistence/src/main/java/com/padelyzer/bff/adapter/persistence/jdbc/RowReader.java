package com.padelyzer.bff.adapter.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; called at most once per statement. */
@FunctionalInterface
public interface RowReader<T> {

    T read(ResultSet row) throws SQLException;
}
