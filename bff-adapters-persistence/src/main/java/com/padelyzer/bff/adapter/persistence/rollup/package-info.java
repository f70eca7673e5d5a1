/**
 * Upkeep of the analytics rollups that V8's triggers write (docs/decisions/0022-analytics-rollups.md): the pending
 * day-sum rows the main system's statements add are folded into one row per club-day, off the request path.
 */
package com.padelyzer.bff.adapter.persistence.rollup;
