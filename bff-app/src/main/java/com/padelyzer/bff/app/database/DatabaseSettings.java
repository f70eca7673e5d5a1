package com.padelyzer.bff.app.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code bff.database.*}: how long a request may wait for a pooled connection ({@code connection-wait},
 * {@code BFF_DB_CONNECTION_WAIT}) and how long one statement may run ({@code statement-timeout},
 * {@code BFF_DB_STATEMENT_TIMEOUT}). Every pool and driver time-out is derived from these two
 * ({@link DatabaseBounds}); docs/decisions/0018-database-bounds.md.
 */
@ConfigurationProperties("bff.database")
record DatabaseSettings(@Bindable(defaultValue = "2s") Duration connectionWait,
                        @Bindable(defaultValue = "3s") Duration statementTimeout) {

    DatabaseBounds bounds() {
        return new DatabaseBounds(connectionWait, statementTimeout);
    }
}
