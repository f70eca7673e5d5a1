/**
 * Request monitoring (SPEC §7): per-request figures of every {@code /api/bff/**} request, rolling statistics per
 * endpoint type and the last alerts, in bounded memory. Percentiles and maximum cover a rolling window
 * ({@code bff.monitoring.window}, Micrometer's distribution statistic expiry); counts and totals are since start.
 * May depend on the read path's {@code RequestCost}, Micrometer and Micronaut's HTTP filters; sends no statement.
 */
package com.padelyzer.bff.adapter.web.monitoring;
