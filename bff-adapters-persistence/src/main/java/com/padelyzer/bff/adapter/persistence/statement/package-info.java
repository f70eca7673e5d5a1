/**
 * Counting the SQL statements each unit of work sends, at the connection level (datasource-proxy wraps the
 * pool), so that query counts in responses and monitoring are measured, not estimated; {@code DatabaseWorkMeter}
 * offers them as the MeasureDatabaseWorkPort.
 */
package com.padelyzer.bff.adapter.persistence.statement;
