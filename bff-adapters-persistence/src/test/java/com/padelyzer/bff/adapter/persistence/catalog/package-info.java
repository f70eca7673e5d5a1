/** Tests of the catalog reads against the real, migrated PostgreSQL of this test run. */
package com.padelyzer.bff.adapter.persistence.catalog;
