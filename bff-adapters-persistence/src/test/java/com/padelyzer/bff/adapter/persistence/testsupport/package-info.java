/**
 * Test support shared with other modules through this module's test-jar: throw-away PostgreSQL databases
 * on the machine's server, migrated with the real Flyway scripts. Plain JDBC and Flyway only; no Micronaut.
 */
package com.padelyzer.bff.adapter.persistence.testsupport;
