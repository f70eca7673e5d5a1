/**
 * The read out-ports on PostgreSQL: each call is one SQL statement that builds the whole snapshot as JSON
 * (json_build_object / json_agg), parsed with Micronaut Serde into package-private rows and mapped to domain records.
 * Depends on the application's out-ports, the domain, {@code ..persistence.jdbc} and Micronaut Serde.
 */
package com.padelyzer.bff.adapter.persistence.snapshot;
