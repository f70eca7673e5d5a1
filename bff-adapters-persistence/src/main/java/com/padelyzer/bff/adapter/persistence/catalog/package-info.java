/**
 * Reads of PostgreSQL's own catalog and statistics (index usage) for the management endpoints. Implements
 * application out-ports; depends on the application and the jdbc package only.
 */
package com.padelyzer.bff.adapter.persistence.catalog;
