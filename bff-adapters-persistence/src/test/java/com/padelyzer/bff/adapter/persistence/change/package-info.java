/**
 * Integration tests of change notifications against the machine's PostgreSQL: plain-SQL writes to each watched table
 * reach a real {@code DataChangeListener} as exactly the expected changes, and the listener survives a killed
 * connection and garbage payloads. They run on a database of their own, so no other test's writes are heard.
 */
package com.padelyzer.bff.adapter.persistence.change;
