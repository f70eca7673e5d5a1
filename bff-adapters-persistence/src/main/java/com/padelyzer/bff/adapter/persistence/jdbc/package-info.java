/**
 * Plain JDBC on the raw connection pool: runs one statement, reads its single row, and translates SQL failures
 * into the core's {@code StoreUnavailableException} or an opaque {@code IllegalStateException}. Depends on JDBC,
 * Micronaut SQL and the application's out-port exception only.
 */
package com.padelyzer.bff.adapter.persistence.jdbc;
