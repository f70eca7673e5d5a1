/**
 * Plain JDBC on the raw connection pool: SQL fragments that carry their values, one statement run to read its single
 * row, and SQL failures translated into the core's {@code StoreUnavailableException} or an opaque
 * {@code IllegalStateException}. Depends on JDBC, Micronaut SQL and the application's out-port exception only.
 */
package com.padelyzer.bff.adapter.persistence.jdbc;
