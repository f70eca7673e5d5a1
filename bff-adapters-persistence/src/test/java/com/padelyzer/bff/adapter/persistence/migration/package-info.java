/**
 * Integration tests of the Flyway migrations against the machine's real PostgreSQL: the schema they
 * build on an empty database, the baseline path for an existing Padelyzer database, and the indexes' use.
 */
package com.padelyzer.bff.adapter.persistence.migration;
