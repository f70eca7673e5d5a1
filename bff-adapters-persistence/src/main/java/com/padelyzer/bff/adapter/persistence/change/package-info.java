/**
 * Event-driven invalidation, the driving side: one connection of its own (outside the pool, so never counted as a
 * request's statements) LISTENs on {@code bff_changes}, reads each trigger's payload (V4 migration; V5 adds when it
 * was written) as a {@code DataChange} and hands it to whoever evicts. Depends on JDBC, the PostgreSQL driver, jackson-core and the
 * application's {@code DataChange}.
 */
package com.padelyzer.bff.adapter.persistence.change;
