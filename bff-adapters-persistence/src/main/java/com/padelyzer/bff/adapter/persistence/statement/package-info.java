/**
 * Counting the SQL statements each unit of work sends, at the connection level (datasource-proxy wraps the pool),
 * so that query counts and duplicate and similar statements in responses and monitoring are measured, not
 * estimated; {@code DatabaseWorkMeter} offers them to the composition root (infrastructure, not a core port).
 */
package com.padelyzer.bff.adapter.persistence.statement;
