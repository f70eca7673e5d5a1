/**
 * Request monitoring (SPEC §7): per-request figures of every {@code /api/bff/**} request, rolling statistics per
 * endpoint type and the last alerts, in bounded memory.
 */
package com.padelyzer.bff.adapter.web.monitoring;
